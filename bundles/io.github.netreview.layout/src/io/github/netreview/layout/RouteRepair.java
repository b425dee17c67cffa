package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * Steers routes around the device boxes dot let them cut through (it does, now and then, where a long link passes a
 * row of wrapped boxes): a piece that crosses a box not at either end of its link detours along the box's nearer side.
 */
final class RouteRepair {

	/** How far outside a box a detour passes, well inside the gap dot leaves between boxes. */
	private static final int CLEARANCE = 6;
	/** How many detours one route may take before it is left as it is. */
	private static final int MOST = 24;

	private RouteRepair() {
	}

	/** Repairs {@code routes} in place, given the planned bounds of the nodes (relative to their {@code parents}). */
	static void repair(Map<Edge, List<Bend>> routes, Map<Node, Bounds> bounds, Map<Node, Node> parents) {
		Map<Node, int[]> boxes = new HashMap<>();
		bounds.forEach((node, b) -> {
			if (node.getElement() instanceof Device) {
				int x = b.x();
				int y = b.y();
				for (Node at = parents.get(node); at != null && bounds.containsKey(at); at = parents.get(at)) {
					x += bounds.get(at).x();
					y += bounds.get(at).y();
				}
				boxes.put(node, new int[] { x, y, x + b.width(), y + b.height() });
			}
		});
		repair(routes, boxes);
	}

	/** Repairs {@code routes} in place; {@code boxes} holds each placed box as {left, top, right, bottom}. */
	static void repair(Map<Edge, List<Bend>> routes, Map<Node, int[]> boxes) {
		SegmentGrid<Node> grid = new SegmentGrid<>();
		boxes.forEach((node, b) -> grid.addBox(node, b[0] + 1, b[1] + 1, b[2] - 1, b[3] - 1));
		routes.replaceAll((edge, route) -> route.size() < 2 ? route : repaired(edge, route, grid));
	}

	private static List<Bend> repaired(Edge edge, List<Bend> route, SegmentGrid<Node> grid) {
		List<Bend> points = new ArrayList<>(route);
		int detours = 0;
		for (int i = 0; i + 1 < points.size() && detours < MOST; i++) {
			Bend p = points.get(i);
			Bend q = points.get(i + 1);
			int[] segment = { p.x(), p.y(), q.x(), q.y() };
			for (SegmentGrid.Item<Node> box : grid.near(segment)) {
				if (box.owner() != edge.getSource() && box.owner() != edge.getTarget() && LayoutQuality.crossesBox(segment, box.coords())) {
					points.addAll(i + 1, around(p, q, box.coords()));
					detours++;
					i--; // the piece up to the detour may cross another box
					break;
				}
			}
		}
		return points;
	}

	/** Two points that take the piece from p to q past the box {left, top, right, bottom} on its nearer side. */
	private static List<Bend> around(Bend p, Bend q, int[] b) {
		int dx = q.x() - p.x();
		int dy = q.y() - p.y();
		if (Math.abs(dy) >= Math.abs(dx)) {
			double middle = (b[1] + b[3]) / 2.0;
			double x = p.x() + (dy == 0 ? 0 : dx * (middle - p.y()) / dy);
			int side = x < (b[0] + b[2]) / 2.0 ? b[0] - CLEARANCE : b[2] + CLEARANCE;
			Bend top = new Bend(side, b[1] - CLEARANCE);
			Bend bottom = new Bend(side, b[3] + CLEARANCE);
			return dy >= 0 ? List.of(top, bottom) : List.of(bottom, top);
		}
		double middle = (b[0] + b[2]) / 2.0;
		double y = p.y() + dy * (middle - p.x()) / dx;
		int side = y < (b[1] + b[3]) / 2.0 ? b[1] - CLEARANCE : b[3] + CLEARANCE;
		Bend left = new Bend(b[0] - CLEARANCE, side);
		Bend right = new Bend(b[2] + CLEARANCE, side);
		return dx >= 0 ? List.of(left, right) : List.of(right, left);
	}
}
