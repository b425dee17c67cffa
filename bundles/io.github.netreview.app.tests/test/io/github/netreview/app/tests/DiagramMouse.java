package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.Predicate;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Event;

/** A palette tool picked as a user picks it, and clicks on the diagram delivered to that tool through the edit domain. */
final class DiagramMouse {

	private final GraphicalViewer viewer;

	DiagramMouse(GraphicalViewer viewer) {
		this.viewer = viewer;
	}

	/** Selects the palette entry labelled {@code label}, making its tool the active one. */
	void pick(String label) {
		PaletteViewer palette = viewer.getEditDomain().getPaletteViewer();
		assertNotNull(palette, "the editor has a palette");
		ToolEntry entry = find(palette.getPaletteRoot(), label);
		assertNotNull(entry, "the palette has " + label);
		palette.setActiveTool(entry);
		WorkbenchTest.flush();
	}

	private static ToolEntry find(PaletteContainer container, String label) {
		for (Object child : container.getChildren()) {
			if (child instanceof ToolEntry tool && label.equals(tool.getLabel())) {
				return tool;
			}
			ToolEntry inside = child instanceof PaletteContainer inner ? find(inner, label) : null;
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	/** Moves to {@code at} (in the viewer control's coordinates) and clicks there with the first button. */
	void click(Point at) {
		EditDomain domain = viewer.getEditDomain();
		domain.mouseMove(event(at, 0), viewer);
		domain.mouseDown(event(at, 1), viewer);
		domain.mouseUp(event(at, 1), viewer);
		WorkbenchTest.flush();
	}

	/** The centre of {@code part}'s figure, in the control's coordinates. */
	static Point centre(EditPart part) {
		IFigure figure = ((GraphicalEditPart) part).getFigure();
		Point centre = figure.getBounds().getCenter();
		figure.translateToAbsolute(centre);
		return centre;
	}

	/** The last point of a 5-pixel grid over {@code area} (control coordinates) at which the viewer finds a part {@code wanted} accepts. */
	Point lastPointOn(Rectangle area, Predicate<EditPart> wanted) {
		org.eclipse.swt.graphics.Rectangle visible = viewer.getControl().getBounds();
		Point found = null;
		for (int y = Math.max(area.y, 0); y < Math.min(area.bottom(), visible.height - 20); y += 5) {
			for (int x = Math.max(area.x, 0); x < Math.min(area.right(), visible.width - 40); x += 5) {
				if (wanted.test(viewer.findObjectAt(new Point(x, y)))) {
					found = new Point(x, y);
				}
			}
		}
		assertNotNull(found, "a visible point in " + area);
		return found;
	}

	/** The bounds of {@code part}'s figure in the control's coordinates. */
	static Rectangle absolute(EditPart part) {
		IFigure figure = ((GraphicalEditPart) part).getFigure();
		Rectangle bounds = figure.getBounds().getCopy();
		figure.translateToAbsolute(bounds);
		return bounds;
	}

	private MouseEvent event(Point at, int button) {
		Event event = new Event();
		event.widget = viewer.getControl();
		event.display = viewer.getControl().getDisplay();
		event.x = at.x;
		event.y = at.y;
		event.button = button;
		return new MouseEvent(event);
	}
}
