package io.github.netreview.layout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * Writes a diagram as a graphviz graph: sites and zones become nested clusters labelled with their names, devices
 * fixed-size boxes of their diagram size, links undirected edges. Nodes are named n0, n1, ... in diagram order, so
 * the same diagram always gives the same text.
 */
public final class DotWriter {

	/** Graphviz measures in points; diagram pixels are taken as points. */
	static final double POINTS_PER_INCH = 72;

	private final Map<Node, String> names = new LinkedHashMap<>();
	private int clusters;
	private final StringBuilder dot = new StringBuilder();

	private DotWriter() {
	}

	/** The graph text and the name given to each node (clusters are named cluster_N). */
	record Result(String text, Map<Node, String> names) {
	}

	static Result write(Diagram diagram) {
		DotWriter writer = new DotWriter();
		writer.graph(diagram);
		return new Result(writer.dot.toString(), writer.names);
	}

	private void graph(Diagram diagram) {
		dot.append("digraph netreview {\n");
		dot.append("  graph [rankdir=LR, newrank=true, nodesep=0.25, ranksep=0.9, splines=false, fontname=\"DejaVu Sans\", fontsize=14];\n");
		dot.append("  node [shape=box, fixedsize=true, label=\"\"];\n");
		dot.append("  edge [dir=none];\n");
		for (Node node : diagram.getNodes()) {
			node(node, "  ");
		}
		for (Edge edge : diagram.getEdges()) {
			String from = names.get(edge.getSource());
			String to = names.get(edge.getTarget());
			if (from != null && to != null && edge.getSource().getElement() instanceof Device
					&& edge.getTarget().getElement() instanceof Device) {
				dot.append("  ").append(from).append(" -> ").append(to).append(";\n");
			}
		}
		dot.append("}\n");
	}

	private void node(Node node, String indent) {
		if (node.getElement() instanceof Device || node.getChildren().isEmpty()) {
			String name = "n" + names.size();
			names.put(node, name);
			dot.append(indent).append(name).append(String.format(Locale.ROOT, " [width=%.4f, height=%.4f];%n",
					node.getWidth() / POINTS_PER_INCH, node.getHeight() / POINTS_PER_INCH));
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
