package io.github.netreview.layout;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/**
 * Makes room around a node that grew, such as an opened group: whatever lay right of its old right edge moves right
 * by the growth, whatever lay below its old bottom moves down, the containers holding it grow, and the routes of links
 * bend along; the links of the grown node itself are left to the editor's router. Nothing else moves, so the rest of
 * the drawing keeps its shape.
 */
public final class MakeRoom {

	private final int right;
	private final int bottom;
	private final int dx;
	private final int dy;
	private final Map<Node, int[]> after = new IdentityHashMap<>();

	private MakeRoom(int right, int bottom, int dx, int dy) {
		this.right = right;
		this.bottom = bottom;
		this.dx = dx;
		this.dy = dy;
	}

	/** The plan that makes room for {@code grown}, which was {@code oldWidth} by {@code oldHeight} before it grew. */
	public static LayoutPlan around(Diagram diagram, Node grown, int oldWidth, int oldHeight) {
		long start = System.nanoTime();
		int[] at = absolute(grown);
		MakeRoom room = new MakeRoom(at[0] + oldWidth, at[1] + oldHeight, Math.max(0, grown.getWidth() - oldWidth),
				Math.max(0, grown.getHeight() - oldHeight));
		Map<Node, Bounds> bounds = new HashMap<>();
		Map<Edge, List<Bend>> routes = new HashMap<>();
		if (room.dx > 0 || room.dy > 0) {
			for (Node node : diagram.getNodes()) {
				room.measure(node, 0, 0, grown);
			}
			room.after.forEach((node, b) -> {
				int[] parent = node.eContainer() instanceof Node p ? room.after.getOrDefault(p, absolute(p)) : new int[] { 0, 0 };
				Bounds moved = new Bounds(b[0] - parent[0], b[1] - parent[1], b[2] - b[0], b[3] - b[1]);
				if (!moved.equals(new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()))) {
					bounds.put(node, moved);
				}
			});
			for (Edge edge : diagram.getEdges()) {
				if (inside(edge.getSource(), grown) || inside(edge.getTarget(), grown)) {
					routes.put(edge, List.of());
				} else if (!edge.getBendpoints().isEmpty()) {
					routes.put(edge, LayoutPlan.routeOf(edge).stream().map(b -> new Bend(room.x(b.x()), room.y(b.y()))).toList());
				}
			}
		}
		return new LayoutPlan("make room", bounds, routes, (System.nanoTime() - start) / 1_000_000);
	}

	/** Records where each drawn node is, {left, top, right, bottom}, and where it goes. */
	private void measure(Node node, int originX, int originY, Node grown) {
		int left = originX + node.getX();
		int top = originY + node.getY();
		int[] box = { left, top, left + node.getWidth(), top + node.getHeight() };
		if (node == grown) {
			return;
		}
		boolean holds = inside(grown, node);
		int[] moved = holds ? new int[] { box[0], box[1], x(box[2]), y(box[3]) }
				: new int[] { x(box[0]), y(box[1]), x(box[0]) + node.getWidth(), y(box[1]) + node.getHeight() };
		after.put(node, moved);
		if (!node.isCollapsed()) {
			for (Node child : node.getChildren()) {
				measure(child, left, top, grown);
			}
		}
	}

	/** Where x goes: right by the growth when at or past the old right edge (boxes move by their left side). */
	private int x(int x) {
		return x >= right ? x + dx : x;
	}

	private int y(int y) {
		return y >= bottom ? y + dy : y;
	}

	private static boolean inside(Node node, Node container) {
		for (EObject at = node; at instanceof Node n; at = n.eContainer()) {
			if (n == container) {
				return true;
			}
		}
		return false;
	}

	private static int[] absolute(Node node) {
		int x = 0;
		int y = 0;
		for (EObject at = node; at instanceof Node n; at = n.eContainer()) {
			x += n.getX();
			y += n.getY();
		}
		return new int[] { x, y };
	}
}
