package io.github.netreview.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * endpoints at the bottom, wrapped into blocks under their switch, whose rows {@link EndpointBlocks} hands dot as one
 * box each), links undirected edges routed as polylines. Nodes are named n0, n1, ... and edges e0, e1, ... in diagram
 * order, so the same diagram always gives the same text.
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
	private final Map<Edge, Comb> combs = new LinkedHashMap<>();
	private final Map<String, Integer> dotRanks = new LinkedHashMap<>();
	private final Set<EndpointBlocks.Folded> written = new HashSet<>();
	private final Set<String> blockEdges = new HashSet<>();
	private EndpointBlocks blocks;
	private int clusters;
	private int edgeCount;
	private final StringBuilder dot = new StringBuilder();

	private DotWriter() {
	}

	/**
	 * The graph text, the name given to each node (clusters are named cluster_N; endpoints folded into a block have
	 * none), the edge each edge id stands for, the ids of edges written from the diagram edge's target to its source,
	 * the folded blocks, and for each link to a folded endpoint the dot edge that carries it to its block.
	 */
	record Result(String text, Map<Node, String> names, Map<String, Edge> edges, Set<String> reversed, EndpointBlocks blocks,
			Map<Edge, Comb> combs) {
	}

	/**
	 * A link to an endpoint folded into a block: the dot edge from its switch to the block, the endpoint, whether the
	 * link runs from the endpoint to the switch, and how many links between the two came before it.
	 */
	record Comb(String dotEdge, Node endpoint, boolean fromEndpoint, int parallel) {
	}

	static Result write(Diagram diagram) {
		DotWriter writer = new DotWriter();
		writer.graph(diagram);
		return new Result(writer.dot.toString(), writer.names, writer.edges, writer.reversed, writer.blocks, writer.combs);
	}

	private void graph(Diagram diagram) {
		dot.append("digraph netreview {\n");
		dot.append(String.format(Locale.ROOT, "  graph [rankdir=TB, newrank=true, nodesep=%.2f, ranksep=%.2f, splines=polyline,"
				+ " fontname=\"DejaVu Sans\", fontsize=14];%n", NODE_GAP / POINTS_PER_INCH, RANK_GAP / POINTS_PER_INCH));
		dot.append("  node [shape=box, fixedsize=true, label=\"\"];\n");
		dot.append("  edge [dir=none];\n");
		for (Node node : diagram.getNodes()) {
			collect(node);
		}
		LeafGraph graph = LeafGraph.of(diagram, leaves);
		double pitch = RANK_GAP + DiagramLayout.typicalHeight(leaves);
		Map<Node, Tier> tiers = Tiers.of(graph);
		Ranks ranks = Ranks.of(graph, tiers, NODE_GAP, pitch);
		blocks = EndpointBlocks.of(ranks, graph);
		rankDotNodes(ranks);
		for (Node node : diagram.getNodes()) {
			node(node, "  ");
		}
		rankGroups();
		Map<List<Node>, Integer> between = new HashMap<>();
		for (Edge edge : diagram.getEdges()) {
			edge(edge, graph, between);
		}
		for (Node[] column : ranks.columns) {
			if (names.containsKey(column[0]) && names.containsKey(column[1])) {
				String above = names.get(column[0]);
				String below = names.get(column[1]);
				dot.append(String.format(Locale.ROOT, "  %s -> %s [style=invis, weight=4, minlen=%d];%n", above, below,
						dotRanks.get(below) - dotRanks.get(above)));
			}
		}
		dot.append("}\n");
	}

	/** Names every placed box and cluster in diagram order; endpoints folded into a block get their name later. */
	private void collect(Node node) {
		if (node.getElement() instanceof Device || node.getChildren().isEmpty()) {
			names.put(node, "n" + names.size());
			leaves.add(node);
			return;
		}
		names.put(node, "cluster_" + clusters++);
		node.getChildren().forEach(this::collect);
	}

	/** The rank of every dot node; each row of a folded block takes its boxes' rank. */
	private void rankDotNodes(Ranks ranks) {
		ranks.rank.forEach((node, rank) -> {
			EndpointBlocks.Member member = blocks.member(node);
			if (member == null) {
				dotRanks.put(names.get(node), rank);
			} else {
				names.remove(node);
				dotRanks.put(member.block().rows().get(member.row()), rank);
			}
		});
	}

	/** One invisible anchor per rank, chained top to bottom, holds each rank's boxes on one line. */
	private void rankGroups() {
		Map<Integer, StringBuilder> byRank = new TreeMap<>();
		dotRanks.forEach((name, rank) -> byRank.computeIfAbsent(rank, r -> new StringBuilder()).append("; ").append(name));
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

	private void edge(Edge edge, LeafGraph graph, Map<List<Node>, Integer> between) {
		Node source = graph.leafOf(edge.getSource());
		Node target = graph.leafOf(edge.getTarget());
		if (source == null || target == null || source == target) {
			return;
		}
		boolean exact = source == edge.getSource() && target == edge.getTarget();
		EndpointBlocks.Member folded = blocks.member(target) != null ? blocks.member(target) : blocks.member(source);
		if (folded != null) {
			Node endpoint = blocks.member(target) != null ? target : source;
			String firstRow = folded.block().rows().get(0);
			String id = "e" + firstRow;
			if (blockEdges.add(id)) {
				writeEdge(id, names.get(folded.block().parent()), firstRow + ":n", "minlen="
						+ (dotRanks.get(firstRow) - dotRanks.get(names.get(folded.block().parent()))));
			}
			if (exact) {
				int parallel = between.merge(List.of(source, target), 1, Integer::sum) - 1;
				combs.put(edge, new Comb(id, endpoint, endpoint == source, parallel));
			}
			return;
		}
		String id = "e" + edgeCount++;
		if (exact) {
			edges.put(id, edge);
		}
		int from = dotRanks.get(names.get(source));
		int to = dotRanks.get(names.get(target));
		if (from > to) {
			reversed.add(id);
			Node swap = source;
			source = target;
			target = swap;
		}
		writeEdge(id, names.get(source), names.get(target), from == to ? "constraint=false" : "minlen=" + Math.abs(to - from));
	}

	private void writeEdge(String id, String from, String to, String attributes) {
		dot.append("  ").append(from).append(" -> ").append(to).append(" [id=").append(id).append(", ").append(attributes).append("];\n");
	}

	private void node(Node node, String indent) {
		if (leaves.contains(node)) {
			EndpointBlocks.Member member = blocks.member(node);
			if (member != null) {
				if (written.add(member.block())) {
					block(member.block(), indent);
				}
				return;
			}
			int[] size = NodeSizes.fit(node); // the box its label needs, as the editor draws it
			box(names.get(node), size[0], size[1], indent);
			return;
		}
		String name = names.get(node);
		String label = NodeLabels.name(node.getElement());
		dot.append(indent).append("subgraph ").append(name).append(" {\n");
		dot.append(indent).append("  graph [label=").append(quote(label)).append(", labeljust=l, margin=16];\n");
		for (Node child : node.getChildren()) {
			node(child, indent + "  ");
		}
		dot.append(indent).append("}\n");
	}

	/** A folded block's rows, each a box as wide as the block, held one under the other. */
	private void block(EndpointBlocks.Folded block, String indent) {
		List<String> rows = block.rows();
		for (int r = 0; r < rows.size(); r++) {
			box(rows.get(r), block.width(), block.heights().get(r), indent);
			if (r > 0) {
				dot.append(indent).append(String.format(Locale.ROOT, "%s -> %s [style=invis, weight=100, minlen=%d];%n", rows.get(r - 1),
						rows.get(r), dotRanks.get(rows.get(r)) - dotRanks.get(rows.get(r - 1))));
			}
		}
	}

	private void box(String name, int width, int height, String indent) {
		dot.append(indent).append(name).append(String.format(Locale.ROOT, " [width=%.4f, height=%.4f];%n", width / POINTS_PER_INCH,
				height / POINTS_PER_INCH));
	}

	/** {@code text} as a DOT string literal; a newline in it becomes a line break of the label. */
	public static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}
}
