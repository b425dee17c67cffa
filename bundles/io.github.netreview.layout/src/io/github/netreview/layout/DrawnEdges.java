package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.model.notation.Bendpoint;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;

/**
 * The line each drawn edge makes on the page: from its source's box edge through its bend points to its target's box
 * edge (straight from box to box when it has none), in the coordinates of {@link DrawnNodes}.
 */
final class DrawnEdges {

	private DrawnEdges() {
	}

	/** The polyline of every edge whose two ends are drawn, in diagram order, as {x0, y0, x1, y1, ...}. */
	static Map<Edge, int[]> of(Diagram diagram, DrawnNodes drawn, int margin) {
		Map<Edge, int[]> lines = new LinkedHashMap<>();
		for (Edge edge : diagram.getEdges()) {
			int[] a = drawn.bounds.get(edge.getSource());
			int[] b = drawn.bounds.get(edge.getTarget());
			if (a != null && b != null && edge.getSource() != edge.getTarget()) {
				lines.put(edge, line(edge, a, b, margin));
			}
		}
		return lines;
	}

	private static int[] line(Edge edge, int[] a, int[] b, int margin) {
		List<int[]> inner = new ArrayList<>();
		for (Bendpoint point : edge.getBendpoints()) {
			inner.add(new int[] { point.getX() + margin, point.getY() + margin });
		}
		int[] towardsA = inner.isEmpty() ? centre(b) : inner.get(0);
		int[] towardsB = inner.isEmpty() ? centre(a) : inner.get(inner.size() - 1);
		int[] points = new int[(inner.size() + 2) * 2];
		int[] start = boxEdge(a, towardsA);
		points[0] = start[0];
		points[1] = start[1];
		for (int i = 0; i < inner.size(); i++) {
			points[2 + 2 * i] = inner.get(i)[0];
			points[3 + 2 * i] = inner.get(i)[1];
		}
		int[] end = boxEdge(b, towardsB);
		points[points.length - 2] = end[0];
		points[points.length - 1] = end[1];
		return points;
	}

	static int[] centre(int[] box) {
		return new int[] { box[0] + box[2] / 2, box[1] + box[3] / 2 };
	}

	/** Where the line from the box's centre towards {@code point} leaves the box (the centre when the point is inside). */
	static int[] boxEdge(int[] box, int[] point) {
		double cx = box[0] + box[2] / 2.0;
		double cy = box[1] + box[3] / 2.0;
		double dx = point[0] - cx;
		double dy = point[1] - cy;
		double scale = Math.max(Math.abs(dx) / (box[2] / 2.0), Math.abs(dy) / (box[3] / 2.0));
		if (scale <= 1) {
			return new int[] { (int) Math.round(cx), (int) Math.round(cy) };
		}
		return new int[] { (int) Math.round(cx + dx / scale), (int) Math.round(cy + dy / scale) };
	}
}
