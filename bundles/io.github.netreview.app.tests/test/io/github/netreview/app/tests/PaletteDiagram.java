package io.github.netreview.app.tests;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;

import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;

/** The headquarters diagram zoomed until the parts a test clicks are on screen, with devices dropped from the palette. */
final class PaletteDiagram {

	final DiagramEditor editor;
	final DiagramMouse mouse;

	PaletteDiagram(DiagramEditor editor) {
		this.editor = editor;
		this.mouse = new DiagramMouse(DiagramProbe.viewer(editor));
	}

	Network network() {
		return editor.getDiagram().getNetwork();
	}

	/** Zooms out step by step until every one of {@code parts} is wholly inside the viewer's control. */
	void showAll(EditPart... parts) {
		ZoomManager zoom = ((ScalableFreeformRootEditPart) DiagramProbe.viewer(editor).getRootEditPart()).getZoomManager();
		for (double level : new double[] { 1, 0.75, 0.5, 0.25, 0.1 }) {
			zoom.setZoom(level);
			WorkbenchTest.flush();
			org.eclipse.swt.graphics.Rectangle control = DiagramProbe.viewer(editor).getControl().getBounds();
			Rectangle visible = new Rectangle(0, 0, control.width - 40, control.height);
			boolean all = true;
			for (EditPart part : parts) {
				all &= visible.contains(DiagramMouse.absolute(part));
			}
			if (all) {
				return;
			}
		}
	}

	/** Drops a device of the palette entry {@code label} at the bottom-right-most free point of {@code zone}. */
	Point dropInCorner(String label, GraphicalEditPart zone) {
		Point corner = mouse.lastPointOn(DiagramMouse.absolute(zone), part -> part == zone);
		mouse.pick(label);
		mouse.click(corner);
		return corner;
	}

	Device device(String name) {
		return network().getDevices().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no device " + name + " among " + network().getDevices().stream().map(Device::getName).toList()));
	}
}
