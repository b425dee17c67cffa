package io.github.netreview.layout;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * Writes a diagram as a graphviz graph that reads top-down: sites and zones become nested clusters labelled with their
 * names, devices fixed-size boxes of their diagram size, each in the rank {@link Ranks} gives it (outside on top,
 * endpoints at the bottom, wrapped into blocks under their switch), links undirected edges routed as polylines. Nodes
 * are named n0, n1, ... and edges e0, e1, ... in diagram order, so the same diagram always gives the same text.
 */
public final class DotWriter {

	/** Graphviz measures in points; diagram pixels are taken as points. */
	static final double POINTS_PER_INCH = 72;
	/** Room between boxes side by side, and between rows, in points. */
	static final double NODE_GAP = 18;
	static final double RANK_GAP = 36;

	private final Map<Node, String> names = new LinkedHashMap<>();
	private final Set<Node> leaves = new LinkedHashSet<>();
	private final Map<String, Edge> edges = new LinkedHashMap<>();
	private final Set<String> reversed = new LinkedHashSet<>();
	private int clusters;
	private int edgeCount;
	private final StringBuilder dot = new StringBuilder();

	private DotWriter() {
	}

	/**
	 * The graph text, the name given to each node (clusters are named cluster_N), the edge each edge id stands for,
	 * and the ids of edges written from the diagram edge's target to its source.
	 */
	record Result(String text, Map<Node, String> names, Map<String, Edge> edges, Set<String> reversed) {
	}

	static Result write(Diagram diagram) {
		DotWriter writer = new DotWriter();
		writer.graph(diagram);
		return new Result(writer.dot.toString(), writer.names, writer.edges, writer.reversed);
	}

	private void graph(Diagram diagram) {
		dot.append("digraph netreview {\n");
		dot.append(String.format(Locale.ROOT, "  graph [rankdir=TB, newrank=true, nodesep=%.2f, ranksep=%.2f, splines=polyline,"
				+ " fontname=\"DejaVu Sans\", fontsize=14];%n", NODE_GAP / POINTS_PER_INCH, RANK_GAP / POINTS_PER_INCH));
		dot.append("  node [shape=box, fixedsize=true, label=\"\"];\n");
		dot.append("  edge [dir=none];\n");
		for (Node node : diagram.getNodes()) {
			node(node, "  ");
		}
		LeafGraph graph = LeafGraph.of(diagram, leaves);
		double pitch = RANK_GAP + DiagramLayout.typicalHeight(leaves);
		Ranks ranks = Ranks.of(graph, Tiers.of(graph), NODE_GAP, pitch);
		rankGroups(ranks);
		for (Edge edge : diagram.getEdges()) {
			edge(edge, graph, ranks);
		}
		for (Node[] column : ranks.columns) {
			dot.append(String.format(Locale.ROOT, "  %s -> %s [style=invis, weight=4, minlen=%d];%n", names.get(column[0]),
					names.get(column[1]), ranks.rank.get(column[1]) - ranks.rank.get(column[0])));
		}
		dot.append("}\n");
	}

	/** One invisible anchor per rank, chained top to bottom, holds each rank's boxes on one line. */
	private void rankGroups(Ranks ranks) {
		Map<Integer, StringBuilder> byRank = new TreeMap<>();
		ranks.rank.forEach((node, rank) -> byRank.computeIfAbsent(rank, r -> new StringBuilder()).append("; ").append(names.get(node)));
		Integer previous = null;
		for (Map.Entry<Integer, StringBuilder> entry : byRank.entrySet()) {
			String anchor = "r" + entry.getKey();
			dot.append("  ").append(anchor).append(" [style=invis, width=0.01, height=0.01];\n");
			dot.append("  {rank=same; ").append(anchor).append(entry.getValue()).append("}\n");
			if (previous != null) {
				dot.append(String.format(Locale.ROOT, "  r%d -> %s [style=invis, minlen=%d];%n", previous, anchor, entry.getKey() - previous));
			}
			previous = entry.getKey();
		}
	}

	private void edge(Edge edge, LeafGraph graph, Ranks ranks) {
		Node source = graph.leafOf(edge.getSource());
		Node target = graph.leafOf(edge.getTarget());
		if (source == null || target == null || source == target) {
			return;
		}
		String id = "e" + edgeCount++;
		boolean exact = source == edge.getSource() && target == edge.getTarget();
		if (exact) {
			edges.put(id, edge);
		}
		int from = ranks.rank.get(source);
		int to = ranks.rank.get(target);
		if (from > to) {
			reversed.add(id);
			Node swap = source;
			source = target;
			target = swap;
		}
		String attributes = from == to ? "constraint=false" : "minlen=" + Math.abs(to - from);
		dot.append("  ").append(names.get(source)).append(" -> ").append(names.get(target)).append(" [id=").append(id)
				.append(", ").append(attributes).append("];\n");
	}

	private void node(Node node, String indent) {
		if (node.getElement() instanceof Device || node.getChildren().isEmpty()) {
			String name = "n" + names.size();
			names.put(node, name);
			leaves.add(node);
			int[] size = NodeSizes.fit(node); // the box its label needs, as the editor draws it
			dot.append(indent).append(name).append(String.format(Locale.ROOT, " [width=%.4f, height=%.4f];%n",
					size[0] / POINTS_PER_INCH, size[1] / POINTS_PER_INCH));
			return;
		}
		String name = "cluster_" + clusters++;
		names.put(node, name);
		String label = NodeLabels.name(node.getElement());
		dot.append(indent).append("subgraph ").append(name).append(" {\n");
		dot.append(indent).append("  graph [label=").append(quote(label)).append(", labeljust=l, margin=16];\n");
		for (Node child : node.getChildren()) {
			node(child, indent + "  ");
		}
		dot.append(indent).append("}\n");
	}

	/** {@code text} as a DOT string literal; a newline in it becomes a line break of the label. */
	public static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}
}
