package io.github.netreview.layout;

import java.util.Map;

import io.github.netreview.model.notation.Node;

/** New bounds for the nodes of a diagram, which engine computed them, and in how long; applying it is up to the caller. */
public record LayoutPlan(String engine, Map<Node, Bounds> bounds, long millis) {

	public LayoutPlan {
		bounds = Map.copyOf(bounds);
	}

	/** Moves every node to its planned bounds (not undoable: editors wrap this in a command). */
	public void apply() {
		bounds.forEach((node, b) -> {
			node.setX(b.x());
			node.setY(b.y());
			node.setWidth(b.width());
			node.setHeight(b.height());
		});
	}
}
