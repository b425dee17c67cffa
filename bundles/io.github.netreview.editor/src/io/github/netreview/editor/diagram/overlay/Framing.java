package io.github.netreview.editor.diagram.overlay;

import java.util.Collection;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;

/** Zooms and scrolls a diagram so that some figures fill the view, a margin around them, centred. */
public final class Framing {

	/** Room left around the framed figures, in screen pixels. */
	static final int MARGIN = 40;

	private Framing() {
	}

	/**
	 * Frames {@code figures} at the largest zoom that shows them all, but no larger than {@code maxZoom}; false when
	 * there is nothing to frame or the view has no size yet.
	 */
	static boolean frame(GraphicalViewer viewer, Collection<IFigure> figures, double maxZoom) {
		ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) viewer.getRootEditPart();
		ZoomManager zoom = root.getZoomManager();
		Viewport viewport = zoom.getViewport();
		Dimension view = viewport.getClientArea().getSize();
		Rectangle box = diagramBounds(root.getLayer(LayerConstants.PRIMARY_LAYER), figures);
		if (box == null || view.width <= 2 * MARGIN || view.height <= 2 * MARGIN) {
			return false;
		}
		double fit = Math.min((view.width - 2.0 * MARGIN) / Math.max(1, box.width), (view.height - 2.0 * MARGIN) / Math.max(1, box.height));
		zoom.setZoom(Math.max(zoom.getMinZoom(), Math.min(Math.min(maxZoom, zoom.getMaxZoom()), fit)));
		viewport.getUpdateManager().performValidation();
		double scale = zoom.getZoom();
		viewport.setViewLocation((int) Math.round(box.getCenter().x * scale - view.width / 2.0),
				(int) Math.round(box.getCenter().y * scale - view.height / 2.0));
		return true;
	}

	/** Whether every one of {@code figures} lies wholly inside the view. */
	static boolean showsAll(GraphicalViewer viewer, Collection<IFigure> figures) {
		Viewport viewport = ((ScalableFreeformRootEditPart) viewer.getRootEditPart()).getZoomManager().getViewport();
		Rectangle view = viewport.getBounds().getCopy(); // the canvas's viewport sits at the top of the figure tree
		for (IFigure figure : figures) {
			Rectangle bounds = figure.getBounds().getCopy();
			figure.translateToAbsolute(bounds);
			if (!view.contains(bounds)) {
				return false;
			}
		}
		return true;
	}

	/** The figures' union in the diagram's own (unzoomed, unscrolled) coordinates, or null for none. */
	private static Rectangle diagramBounds(IFigure layer, Collection<IFigure> figures) {
		Rectangle union = null;
		for (IFigure figure : figures) {
			Rectangle bounds = figure.getBounds().getCopy();
			figure.translateToAbsolute(bounds);
			layer.translateToRelative(bounds);
			union = union == null ? bounds : union.union(bounds);
		}
		return union;
	}
}
