package io.github.netreview.editor.diagram;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/**
 * Cabling two devices with the link tool (the source is picked first, the command completes on the target), and
 * dragging a link's end onto another device.
 */
final class LinkCreationPolicy extends GraphicalNodeEditPolicy {

	@Override
	protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
		CreateLinkCommand command = new CreateLinkCommand((Node) getHost().getModel());
		request.setStartCommand(command);
		return command;
	}

	@Override
	protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
		if (request.getStartCommand() instanceof CreateLinkCommand command) {
			command.setTarget((Node) getHost().getModel());
			return command;
		}
		return null;
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
