package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/**
 * A campus of a thousand devices, every one drawn: dot places the endpoint blocks' rows rather than each endpoint, and
 * each endpoint's link reaches it as a comb that runs between the boxes, never through one.
 */
class EndpointBlocksTest {

	private static final int DEVICES = 1000;
	private static Diagram diagram;
	private static LayoutPlan plan;
	private static String dot;

	@BeforeAll
	static void layOut() {
		diagram = DiagramBuilder.build(CampusGenerator.generate(DEVICES, 1), "d", "Campus", Integer.MAX_VALUE);
		dot = DotWriter.write(diagram).text();
		plan = DiagramLayout.layout(diagram);
		plan.apply();
	}

	@Test
	void dotPlacesTheRowsOfBlocksNotEachEndpoint() {
		assertEquals("dot", plan.engine());
		long boxes = dot.lines().filter(line -> line.matches("\\s+[nb][0-9_]+ \\[width=.*")).count();
		assertTrue(boxes < DEVICES / 2, "dot is given " + boxes + " boxes for " + DEVICES + " devices");
		assertTrue(plan.bounds().keySet().stream().filter(node -> node.getChildren().isEmpty()).count() >= DEVICES,
				"yet every device gets its place");
	}

	@Test
	void noLinkPassesThroughABoxAndEveryRouteEndsOnItsBoxes() {
		LayoutQuality quality = LayoutQuality.of(diagram, 1600, 1000);
		assertEquals(0, quality.linksThroughBoxes(), quality.toString());
		Map<Node, int[]> boxes = DrawnNodes.of(diagram, 0).bounds;
		for (Edge edge : diagram.getEdges()) {
			List<Bend> route = LayoutPlan.routeOf(edge);
			assertTrue(on(boxes.get(edge.getSource()), route.get(0)), edge.getId() + " starts on its source: " + route);
			assertTrue(on(boxes.get(edge.getTarget()), route.get(route.size() - 1)), edge.getId() + " ends on its target: " + route);
		}
	}

	@Test
	void aCombRunsAlongTheLanesAndDropsIntoTheTopOfItsBox() {
		EndpointBlocks.Folded block = new EndpointBlocks.Folded(null, List.of("b0_0", "b0_1"), 400, List.of(78, 60));
		EndpointBlocks.Member member = new EndpointBlocks.Member(block, 1, 186, 0, 150, 60);
		List<Bounds> rows = List.of(new Bounds(100, 200, 400, 78), new Bounds(104, 314, 400, 60));
		List<Bend> route = EndpointBlocks.comb(member, List.of(new Bend(300, 120), new Bend(300, 200)), rows, 0);
		assertEquals(new Bend(100 + EndpointBlocks.SIDE / 2, 200 + EndpointBlocks.TOP / 2), route.get(3), "down the spine left of the rows");
		assertEquals(new Bend(104 + 186 + 75, 314), route.get(route.size() - 1), "into the top of its box");
		for (int i = 1; i + 1 < route.size(); i++) {
			Bend a = route.get(i);
			Bend b = route.get(i + 1);
			assertTrue(a.x() == b.x() || a.y() == b.y(), "after the door the comb runs level or plumb: " + route);
		}
		assertEquals(new Bend(100 + EndpointBlocks.SIDE / 2 + 5, 200 + EndpointBlocks.TOP / 2),
				EndpointBlocks.comb(member, List.of(new Bend(300, 200)), rows, 1).get(2), "a parallel link runs beside it");
	}

	/** Whether the point lies on the box's border, give or take a few pixels. */
	private static boolean on(int[] box, Bend point) {
		int slack = 3;
		return point.x() >= box[0] - slack && point.x() <= box[0] + box[2] + slack && point.y() >= box[1] - slack
				&& point.y() <= box[1] + box[3] + slack;
	}
}
