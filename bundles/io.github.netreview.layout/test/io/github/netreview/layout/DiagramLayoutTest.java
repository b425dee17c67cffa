package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/** dot lays out the headquarters diagram: every node placed, inside its container, no two siblings overlapping. */
class DiagramLayoutTest {

	private static Diagram hq() throws IOException {
		return (Diagram) ModelFiles.load(Path.of("../../examples/hq.netreview")).getContents().get(1);
	}

	@Test
	void dotPlacesEveryNodeInsideItsContainerWithoutOverlaps() throws IOException {
		Diagram diagram = hq();
		LayoutPlan plan = DiagramLayout.layout(diagram);
		assertEquals("dot", plan.engine(), "graphviz is installed here, so dot runs");
		List<Node> all = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node node) {
				all.add(node);
			}
		});
		assertEquals(all.size(), plan.bounds().size(), "every node is placed");
		for (Node node : all) {
			Bounds b = plan.bounds().get(node);
			if (node.getElement() instanceof Device) {
				int[] needed = NodeSizes.fit(node);
				assertEquals(needed[0], b.width(), "devices keep their size, grown to what their label needs");
				assertEquals(needed[1], b.height());
				assertTrue(b.width() >= node.getWidth() && b.height() >= node.getHeight(), "never smaller than they were");
			}
			if (node.eContainer() instanceof Node parent) {
				Bounds outer = plan.bounds().get(parent);
				assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= outer.width() && b.y() + b.height() <= outer.height(),
						node.getElement().getName() + " lies inside " + parent.getElement().getName());
			}
		}
		assertNoSiblingsOverlap(diagram.getNodes(), plan.bounds());
		for (Node node : all) {
			assertNoSiblingsOverlap(node.getChildren(), plan.bounds());
		}
	}

	@Test
	void applyingThePlanMovesTheNodesAndTheTextIsDeterministic() throws IOException {
		Diagram diagram = hq();
		LayoutPlan plan = DiagramLayout.layout(diagram);
		plan.apply();
		plan.bounds().forEach((node, b) -> assertEquals(b, new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
		String text = DotWriter.write(hq()).text();
		assertTrue(text.contains("subgraph cluster_0 {\n    graph [label=\"Headquarters\""), text);
		assertEquals(text, DotWriter.write(hq()).text());
	}

	@Test
	void withoutDotTheNestedRowsFallbackRunsAndSaysSo(@org.junit.jupiter.api.io.TempDir Path empty) throws IOException {
		Diagram diagram = hq();
		LayoutPlan plan = DiagramLayout.prepare(diagram, empty.toString()).compute();
		assertTrue(plan.engine().startsWith("nested rows (dot could not run: "), plan.engine());
		assertEquals(RowsLayout.of(diagram), plan.bounds());
		assertNoSiblingsOverlap(diagram.getNodes(), plan.bounds());
		for (Node node : plan.bounds().keySet()) {
			assertNoSiblingsOverlap(node.getChildren(), plan.bounds());
		}
	}

	private static void assertNoSiblingsOverlap(List<Node> siblings, Map<Node, Bounds> bounds) {
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				Bounds a = bounds.get(siblings.get(i));
				Bounds b = bounds.get(siblings.get(j));
				boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
						|| b.y() + b.height() <= a.y();
				assertTrue(apart, siblings.get(i).getElement().getName() + " overlaps " + siblings.get(j).getElement().getName());
			}
		}
	}
}
