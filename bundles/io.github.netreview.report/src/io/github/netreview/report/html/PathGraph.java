package io.github.netreview.report.html;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.DotWriter;
import io.github.netreview.layout.NodeLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Segment;

/** A finding's path drawn by graphviz as a left-to-right chain of devices (ports on the edges) ending in the segment. */
public final class PathGraph {

	private PathGraph() {
	}

	/** The SVG of the path, or a note when dot cannot run. */
	public static String svg(List<EObject> path) {
		return DiagramLayout.renderSvg(dot(path));
	}

	/** The graph of the path in graphviz's DOT language. */
	public static String dot(List<EObject> path) {
		StringBuilder dot = new StringBuilder("digraph path {\n  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=11];\n"
				+ "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"DejaVu Sans\", fontsize=11];\n"
				+ "  edge [color=\"#ff3d00\", penwidth=2, fontname=\"DejaVu Sans\", fontsize=9];\n");
		List<String> nodes = new ArrayList<>();
		String out = null;
		String in = null;
		String label = "";
		for (EObject hop : path) {
			if (hop instanceof Device device) {
				String name = "n" + nodes.size();
				dot.append("  ").append(name).append(" [label=").append(DotWriter.quote(NodeLabels.name(device) + "\n" + device.getRole().getLiteral().toLowerCase()))
						.append(nodes.isEmpty() ? ", fillcolor=\"#ffe0e0\"" : "").append("];\n");
				if (!nodes.isEmpty()) {
					dot.append("  ").append(nodes.get(nodes.size() - 1)).append(" -> ").append(name).append(" [label=")
							.append(DotWriter.quote(label)).append("];\n");
				}
				nodes.add(name);
				out = null;
				in = null;
				label = "";
			} else if (hop instanceof Interface port) {
				if (out == null) {
					out = NodeLabels.name(port);
					label = out;
				} else {
					in = NodeLabels.name(port);
					label = out + " -> " + in;
				}
			} else if (hop instanceof Segment segment) {
				String name = "n" + nodes.size();
				dot.append("  ").append(name).append(" [shape=ellipse, fillcolor=\"#e3eefb\", label=")
						.append(DotWriter.quote(NodeLabels.name(segment) + (segment.getZone() == null ? "" : "\n" + NodeLabels.name(segment.getZone())))).append("];\n");
				if (!nodes.isEmpty()) {
					dot.append("  ").append(nodes.get(nodes.size() - 1)).append(" -> ").append(name).append(" [label=").append(DotWriter.quote(label))
							.append("];\n");
				}
				nodes.add(name);
			}
		}
		return dot.append("}\n").toString();
	}
}
