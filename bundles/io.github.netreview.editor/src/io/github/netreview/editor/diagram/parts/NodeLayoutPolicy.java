package io.github.netreview.editor.diagram.parts;

import java.util.Locale;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import io.github.netreview.editor.diagram.commands.CreateDeviceCommand;
import io.github.netreview.editor.diagram.commands.SetBoundsCommand;
import io.github.netreview.editor.diagram.figures.ContainerFigure;
import io.github.netreview.editor.diagram.figures.RoleIcons;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Zone;

/**
 * Moving and resizing nodes inside the diagram or a container, and creating devices from the palette: only inside a
 * zone, fully within it (outside every zone, or in one too small for it, the status line says why not).
 */
public final class NodeLayoutPolicy extends XYLayoutEditPolicy {

	/** Room kept between a new device and its zone's border. */
	static final int MARGIN = 8;

	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		return child.getModel() instanceof Node node && constraint instanceof Rectangle bounds ? new SetBoundsCommand(node, bounds) : null;
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		if (!(request.getNewObject() instanceof DeviceRole role)) {
			return null;
		}
		if (!(getHost().getModel() instanceof Node zone && zone.getElement() instanceof Zone)) {
			StatusMessages.refuse(getHost(), "A new " + RoleIcons.label(role).toLowerCase(Locale.ROOT) + " goes in a zone: drop it inside one");
			return null;
		}
		Rectangle bounds = ((Rectangle) getConstraintFor(request)).getCopy();
		bounds.width = Math.max(bounds.width, DiagramBuilder.DEVICE_WIDTH);
		bounds.height = Math.max(bounds.height, DiagramBuilder.DEVICE_HEIGHT);
		Dimension area = getLayoutContainer().getClientArea().getSize();
		if (!fits(bounds.getSize(), area)) {
			StatusMessages.refuse(getHost(), ((Zone) zone.getElement()).getName() + " is too small for a new device: make it larger first");
			return null;
		}
		StatusMessages.clear(getHost());
		return new CreateDeviceCommand(zone, role, inside(bounds, area));
	}

	/** Whether a box of {@code size} fits in {@code area} with the margins and below the title. */
	static boolean fits(Dimension size, Dimension area) {
		return size.width + 2 * MARGIN <= area.width && ContainerFigure.TITLE + size.height + MARGIN <= area.height;
	}

	/** {@code bounds} moved as little as needed to lie within {@code area}, below the container's title. */
	static Rectangle inside(Rectangle bounds, Dimension area) {
		Rectangle moved = bounds.getCopy();
		moved.x = Math.max(MARGIN, Math.min(moved.x, area.width - moved.width - MARGIN));
		moved.y = Math.max(ContainerFigure.TITLE, Math.min(moved.y, area.height - moved.height - MARGIN));
		return moved;
	}
}
