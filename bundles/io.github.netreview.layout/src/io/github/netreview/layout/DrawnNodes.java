package io.github.netreview.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;

/**
 * Where each drawn node of a diagram is on the page: absolute {x, y, width, height} in diagram order (nodes folded into
 * a collapsed group are not drawn), and the extent of the drawing, a margin around it.
 */
final class DrawnNodes {

	final Map<Node, int[]> bounds = new LinkedHashMap<>();
	int width;
	int height;

	private DrawnNodes() {
	}

	static DrawnNodes of(Diagram diagram, int margin) {
		DrawnNodes drawn = new DrawnNodes();
		for (Node node : diagram.getNodes()) {
			drawn.place(node, margin, margin);
		}
		drawn.width += margin;
		drawn.height += margin;
		return drawn;
	}

	private void place(Node node, int originX, int originY) {
		int x = originX + node.getX();
		int y = originY + node.getY();
		bounds.put(node, new int[] { x, y, node.getWidth(), node.getHeight() });
		width = Math.max(width, x + node.getWidth());
		height = Math.max(height, y + node.getHeight());
		if (!node.isCollapsed()) {
			for (Node child : node.getChildren()) {
				place(child, x, y);
			}
		}
	}
}
