package io.github.netreview.editor.diagram.parts;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import io.github.netreview.editor.diagram.commands.CreateLinkCommand;
import io.github.netreview.editor.diagram.commands.DiagramNodes;
import io.github.netreview.editor.diagram.commands.LinkEnds;
import io.github.netreview.editor.diagram.commands.ReconnectLinkCommand;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;

/**
 * Cabling two devices with the link tool (the source is picked first, the command completes on the target; a second
 * cable between two devices already cabled is refused on the status line), and dragging a link's end onto another
 * device.
 */
public final class LinkCreationPolicy extends GraphicalNodeEditPolicy {

	@Override
	protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
		CreateLinkCommand command = new CreateLinkCommand((Node) getHost().getModel());
		command.setVlanQuestion(new VlanDialog(() -> getHost().getViewer().getControl().getShell()));
		request.setStartCommand(command);
		return command;
	}

	@Override
	protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
		if (!(request.getStartCommand() instanceof CreateLinkCommand command)) {
			return null;
		}
		Node target = (Node) getHost().getModel();
		if (target.getElement() instanceof Device device && command.sourceDevice() != null && command.sourceDevice() != device) {
			Link existing = LinkEnds.between(DiagramNodes.diagramOf(target).getNetwork(), command.sourceDevice(), device);
			if (existing != null) {
				StatusMessages.refuse(getHost(), command.sourceDevice().getName() + " and " + device.getName() + " are already cabled (" + existing.getId()
						+ "); drag that link's end to recable it");
				return null;
			}
		}
		StatusMessages.clear(getHost());
		command.setTarget(target);
		return command;
	}

	@Override
	protected Command getReconnectTargetCommand(ReconnectRequest request) {
		return new ReconnectLinkCommand((Edge) request.getConnectionEditPart().getModel(), (Node) getHost().getModel(), false);
	}

	@Override
	protected Command getReconnectSourceCommand(ReconnectRequest request) {
		return new ReconnectLinkCommand((Edge) request.getConnectionEditPart().getModel(), (Node) getHost().getModel(), true);
	}
}
