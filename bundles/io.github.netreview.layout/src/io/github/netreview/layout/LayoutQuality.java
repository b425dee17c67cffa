package io.github.netreview.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/**
 * How readable a drawn diagram is: how often links cross each other, how many links pass through the box of a device
 * that is not one of their ends, the drawing's width over height, and how tall its smallest text is when the whole
 * drawing is fitted into a window.
 */
public record LayoutQuality(int crossings, int linksThroughBoxes, double aspect, double smallestTextAtFit) {

	/** The smallest text drawings use (a device's make line), in pixels at 100%. */
	public static final double SMALLEST_TEXT = 10;
	/** How far inside a box a line must pass to count as through it: lines grazing a border do not. */
	private static final int GRAZE = 2;

	/** The measures of {@code diagram} as drawn, fitted into a {@code width} by {@code height} window. */
	public static LayoutQuality of(Diagram diagram, int width, int height) {
		DrawnNodes drawn = DrawnNodes.of(diagram, 0);
		Map<Edge, int[]> lines = DrawnEdges.of(diagram, drawn, 0);
		double fit = Math.min(1.0, Math.min(width / (double) Math.max(1, drawn.width), height / (double) Math.max(1, drawn.height)));
		return new LayoutQuality(crossings(lines), throughBoxes(lines, drawn), drawn.width / (double) Math.max(1, drawn.height),
				SMALLEST_TEXT * fit);
	}

	/** Points where two drawn lines cross; a piece several links share (a comb's lane) is one line, as a reader sees it. */
	private static int crossings(Map<Edge, int[]> lines) {
		SegmentGrid<Edge> grid = new SegmentGrid<>();
		Set<List<Integer>> drawn = new HashSet<>();
		lines.forEach((edge, line) -> {
			for (int i = 0; i + 3 < line.length; i += 2) {
				if (drawn.add(List.of(line[i], line[i + 1], line[i + 2], line[i + 3]))) {
					grid.add(edge, line[i], line[i + 1], line[i + 2], line[i + 3]);
				}
			}
		});
		int[] count = { 0 };
		grid.eachPair((a, b) -> {
			if (!sharesEnd(a.owner(), b.owner()) && properlyCross(a.coords(), b.coords())) {
				count[0]++;
			}
		});
		return count[0];
	}

	private static boolean sharesEnd(Edge a, Edge b) {
		return a.getSource() == b.getSource() || a.getSource() == b.getTarget() || a.getTarget() == b.getSource()
				|| a.getTarget() == b.getTarget();
	}

	private static int throughBoxes(Map<Edge, int[]> lines, DrawnNodes drawn) {
		SegmentGrid<Node> boxes = new SegmentGrid<>();
		drawn.bounds.forEach((node, b) -> {
			if (node.getElement() instanceof Device && b[2] > 2 * GRAZE && b[3] > 2 * GRAZE) {
				boxes.addBox(node, b[0] + GRAZE, b[1] + GRAZE, b[0] + b[2] - GRAZE, b[1] + b[3] - GRAZE);
			}
		});
		int count = 0;
		for (Map.Entry<Edge, int[]> entry : lines.entrySet()) {
			Set<EObject> ends = ends(entry.getKey());
			int[] line = entry.getValue();
			boolean through = false;
			for (int i = 0; i + 3 < line.length && !through; i += 2) {
				int[] segment = { line[i], line[i + 1], line[i + 2], line[i + 3] };
				for (SegmentGrid.Item<Node> box : boxes.near(segment)) {
					if (!ends.contains(box.owner()) && crossesBox(segment, box.coords())) {
						through = true;
						break;
					}
				}
			}
			count += through ? 1 : 0;
		}
		return count;
	}

	/** An edge's end nodes and the nodes holding them, whose boxes the edge may pass. */
	private static Set<EObject> ends(Edge edge) {
		Set<EObject> ends = new HashSet<>();
		for (EObject node : List.of(edge.getSource(), edge.getTarget())) {
			for (EObject o = node; o instanceof Node; o = o.eContainer()) {
				ends.add(o);
			}
		}
		return ends;
	}

	/** Whether two segments cross at a point inside both (touching or overlapping collinear ones do not count). */
	static boolean properlyCross(int[] a, int[] b) {
		long d1 = orientation(b[0], b[1], b[2], b[3], a[0], a[1]);
		long d2 = orientation(b[0], b[1], b[2], b[3], a[2], a[3]);
		long d3 = orientation(a[0], a[1], a[2], a[3], b[0], b[1]);
		long d4 = orientation(a[0], a[1], a[2], a[3], b[2], b[3]);
		return Long.signum(d1) * Long.signum(d2) < 0 && Long.signum(d3) * Long.signum(d4) < 0;
	}

	private static long orientation(long ax, long ay, long bx, long by, long px, long py) {
		return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
	}

	/** Whether the segment {x0, y0, x1, y1} passes through the inside of the box {left, top, right, bottom}. */
	static boolean crossesBox(int[] s, int[] box) {
		double t0 = 0;
		double t1 = 1;
		double dx = s[2] - s[0];
		double dy = s[3] - s[1];
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { s[0] - box[0], box[2] - s[0], s[1] - box[1], box[3] - s[1] };
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] <= 0) {
					return false;
				}
			} else {
				double t = q[i] / p[i];
				if (p[i] < 0) {
					t0 = Math.max(t0, t);
				} else {
					t1 = Math.min(t1, t);
				}
			}
		}
		return t1 - t0 > 1e-9;
	}
}
