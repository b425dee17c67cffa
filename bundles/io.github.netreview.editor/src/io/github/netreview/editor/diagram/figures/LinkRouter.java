package io.github.netreview.editor.diagram.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.BendpointConnectionRouter;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.graph.Path;
import org.eclipse.draw2d.graph.ShortestPathRouter;
import org.eclipse.swt.widgets.Display;

/**
 * Routes a link along the bend points the layout gave it; a link without any (drawn by hand, or moved since) takes
 * the shortest way around the device boxes between its ends, or a straight line in a diagram of very many devices.
 */
public final class LinkRouter extends AbstractRouter {

	/** Room kept between a detour and the boxes it passes. */
	private static final int SPACING = 8;
	/** How far beyond the straight line's extent boxes are still taken as obstacles. */
	private static final int REACH = 200;

	/**
	 * Beyond this many devices a link without a route is drawn straight: the shortest-path solver, run per link over
	 * every box, would take seconds for each redraw of a large campus (Auto Layout gives every link a route).
	 */
	static final int MOST_OBSTACLES = 400;

	private final BendpointConnectionRouter bends = new BendpointConnectionRouter();
	private final IFigure layer;
	private List<IFigure> devices;

	/** Routes around the devices drawn in {@code layer} (the diagram's figure). */
	public LinkRouter(IFigure layer) {
		this.layer = layer;
	}

	@Override
	public void route(Connection connection) {
		if (getConstraint(connection) instanceof List<?> points && !points.isEmpty()) {
			bends.route(connection);
			return;
		}
		// the anchors give absolute points (zoomed and scrolled); the route is drawn in the connection's own coordinates
		Point start = getStartPoint(connection).getCopy();
		Point end = getEndPoint(connection).getCopy();
		connection.translateToRelative(start);
		connection.translateToRelative(end);
		List<IFigure> devices = devices();
		if (devices.size() > MOST_OBSTACLES) {
			connection.setPoints(new PointList(new int[] { start.x, start.y, end.x, end.y }));
			return;
		}
		ShortestPathRouter router = new ShortestPathRouter();
		router.setSpacing(SPACING);
		Rectangle reach = new Rectangle(start, end).expand(REACH, REACH);
		Set<IFigure> ends = ends(connection);
		for (IFigure device : devices) {
			Rectangle box = device.getBounds().getCopy();
			device.translateToAbsolute(box);
			connection.translateToRelative(box);
			if (!ends.contains(device) && box.intersects(reach)) {
				router.addObstacle(box);
			}
		}
		Path path = new Path(start, end);
		router.addPath(path);
		try {
			router.solve();
			connection.setPoints(path.getPoints().getCopy());
		} catch (RuntimeException e) {
			// draw2d's solver gives up on some degenerate layouts (ends touching, boxes overlapping): draw it straight
			connection.setPoints(new PointList(new int[] { start.x, start.y, end.x, end.y }));
		}
	}

	/**
	 * The device figures, collected once for all the links routed before the display next runs its event loop (one
	 * validation pass), not once per link.
	 */
	private List<IFigure> devices() {
		if (devices != null) {
			return devices;
		}
		List<IFigure> found = new ArrayList<>();
		collect(layer, found);
		Display display = Display.getCurrent();
		if (display != null) {
			devices = found;
			display.asyncExec(() -> devices = null);
		}
		return found;
	}

	private static Set<IFigure> ends(Connection connection) {
		Set<IFigure> ends = new HashSet<>();
		for (IFigure owner : new IFigure[] { connection.getSourceAnchor().getOwner(), connection.getTargetAnchor().getOwner() }) {
			for (IFigure at = owner; at != null; at = at.getParent()) {
				ends.add(at);
			}
		}
		return ends;
	}

	private static void collect(IFigure figure, List<IFigure> devices) {
		for (Object child : figure.getChildren()) {
			if (child instanceof DeviceFigure device) {
				devices.add(device);
			}
			collect((IFigure) child, devices);
		}
	}

	@Override
	public Object getConstraint(Connection connection) {
		return bends.getConstraint(connection);
	}

	@Override
	public void setConstraint(Connection connection, Object constraint) {
		bends.setConstraint(connection, constraint);
	}

	@Override
	public void remove(Connection connection) {
		bends.remove(connection);
	}
}
