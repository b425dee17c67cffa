package io.github.netreview.layout;

import java.util.List;
import java.util.Map;

import io.github.netreview.model.notation.Bendpoint;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;

/**
 * New bounds for the nodes of a diagram, the route of each edge (empty: straight, or left to the editor's router),
 * which engine computed them, and in how long; applying it is up to the caller.
 */
public record LayoutPlan(String engine, Map<Node, Bounds> bounds, Map<Edge, List<Bend>> routes, long millis) {

	public LayoutPlan {
		bounds = Map.copyOf(bounds);
		routes = Map.copyOf(routes);
	}

	/** A plan that moves nodes and leaves every route alone. */
	public LayoutPlan(String engine, Map<Node, Bounds> bounds, long millis) {
		this(engine, bounds, Map.of(), millis);
	}

	/** Moves every node to its planned bounds and gives each planned edge its route (not undoable: editors wrap this in a command). */
	public void apply() {
		bounds.forEach((node, b) -> {
			node.setX(b.x());
			node.setY(b.y());
			node.setWidth(b.width());
			node.setHeight(b.height());
		});
		routes.forEach(LayoutPlan::route);
	}

	/** Replaces {@code edge}'s bend points by {@code bends}. */
	public static void route(Edge edge, List<Bend> bends) {
		if (edge.getBendpoints().stream().map(p -> new Bend(p.getX(), p.getY())).toList().equals(bends)) {
			return;
		}
		edge.getBendpoints().clear();
		for (Bend bend : bends) {
			Bendpoint point = NotationFactory.eINSTANCE.createBendpoint();
			point.setX(bend.x());
			point.setY(bend.y());
			edge.getBendpoints().add(point);
		}
	}

	/** {@code edge}'s bend points as they are now. */
	public static List<Bend> routeOf(Edge edge) {
		return edge.getBendpoints().stream().map(p -> new Bend(p.getX(), p.getY())).toList();
	}
}
