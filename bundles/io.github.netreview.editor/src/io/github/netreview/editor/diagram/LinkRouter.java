package io.github.netreview.editor.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.BendpointConnectionRouter;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.graph.Path;
import org.eclipse.draw2d.graph.ShortestPathRouter;

/**
 * Routes a link along the bend points the layout gave it; a link without any (drawn by hand, or moved since) takes
 * the shortest way around the device boxes between its ends.
 */
final class LinkRouter extends AbstractRouter {

	/** Room kept between a detour and the boxes it passes. */
	private static final int SPACING = 8;
	/** How far beyond the straight line's extent boxes are still taken as obstacles. */
	private static final int REACH = 200;

	private final BendpointConnectionRouter bends = new BendpointConnectionRouter();
	private final IFigure layer;

	/** Routes around the devices drawn in {@code layer} (the diagram's figure). */
	LinkRouter(IFigure layer) {
		this.layer = layer;
	}

	@Override
	public void route(Connection connection) {
		if (getConstraint(connection) instanceof List<?> points && !points.isEmpty()) {
			bends.route(connection);
			return;
		}
		Point start = getStartPoint(connection).getCopy();
		Point end = getEndPoint(connection).getCopy();
		ShortestPathRouter router = new ShortestPathRouter();
		router.setSpacing(SPACING);
		Rectangle reach = new Rectangle(start, end).expand(REACH, REACH);
		Set<IFigure> ends = ends(connection);
		List<IFigure> devices = new ArrayList<>();
		collect(layer, devices);
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
			connection.setPoints(new org.eclipse.draw2d.geometry.PointList(new int[] { start.x, start.y, end.x, end.y }));
		}
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
