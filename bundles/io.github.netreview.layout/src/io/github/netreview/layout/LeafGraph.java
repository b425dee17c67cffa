package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/**
 * The nodes dot places as boxes (devices, folded or opened groups, empty containers), in diagram order, and which of
 * them the diagram's edges join; an edge to a node inside a group counts as one to the group.
 */
final class LeafGraph {

	final List<Node> leaves = new ArrayList<>();
	final Map<Node, Integer> order = new HashMap<>();
	final Map<Node, Set<Node>> neighbours = new LinkedHashMap<>();

	private LeafGraph() {
	}

	static LeafGraph of(Diagram diagram, Set<Node> leafSet) {
		LeafGraph graph = new LeafGraph();
		for (Node leaf : leafSet) {
			graph.order.put(leaf, graph.leaves.size());
			graph.leaves.add(leaf);
			graph.neighbours.put(leaf, new LinkedHashSet<>());
		}
		for (Edge edge : diagram.getEdges()) {
			Node a = graph.leafOf(edge.getSource());
			Node b = graph.leafOf(edge.getTarget());
			if (a != null && b != null && a != b) {
				graph.neighbours.get(a).add(b);
				graph.neighbours.get(b).add(a);
			}
		}
		return graph;
	}

	/** The placed box showing {@code node}: itself, or the group it is folded or drawn inside; null for none. */
	Node leafOf(Node node) {
		for (Object o = node; o instanceof Node n; o = n.eContainer()) {
			if (order.containsKey(n)) {
				return n;
			}
		}
		return null;
	}
}
