package io.github.netreview.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;

/** The fallback layout: each container's nodes in rows, containers sized to fit, as the diagram builder places them. */
final class RowsLayout {

	private RowsLayout() {
	}

	static Map<Node, Bounds> of(Diagram diagram) {
		Diagram copy = EcoreUtil.copy(diagram);
		DiagramBuilder.rearrange(copy);
		Map<Node, Bounds> bounds = new LinkedHashMap<>();
		collect(diagram.getNodes(), copy.getNodes(), bounds);
		return bounds;
	}

	private static void collect(List<Node> originals, List<Node> placed, Map<Node, Bounds> bounds) {
		for (int i = 0; i < originals.size(); i++) {
			Node original = originals.get(i);
			Node copy = placed.get(i);
			bounds.put(original, new Bounds(copy.getX(), copy.getY(), copy.getWidth(), copy.getHeight()));
			collect(original.getChildren(), copy.getChildren(), bounds);
		}
	}
}
