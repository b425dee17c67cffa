package io.github.netreview.editor.diagram;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.DeviceRole;

/** Moving and resizing nodes inside the diagram or a container, and creating devices there from the palette. */
final class NodeLayoutPolicy extends XYLayoutEditPolicy {

	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		return child.getModel() instanceof Node node && constraint instanceof Rectangle bounds ? new SetBoundsCommand(node, bounds) : null;
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof DeviceRole role)) {
			return null;
		}
		Rectangle bounds = ((Rectangle) getConstraintFor(request)).getCopy();
		if (bounds.width <= 0 || bounds.height <= 0) {
			bounds.setSize(DiagramBuilder.DEVICE_WIDTH, DiagramBuilder.DEVICE_HEIGHT);
		}
		return new CreateDeviceCommand(getHost().getModel(), role, bounds);
	}
}
