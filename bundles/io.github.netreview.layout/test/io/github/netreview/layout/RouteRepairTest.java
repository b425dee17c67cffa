package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;

/** A route cutting through a box that is not one of its ends detours along the box's nearer side; others stay. */
class RouteRepairTest {

	private final NotationFactory factory = NotationFactory.eINSTANCE;

	@Test
	void aPieceThroughAForeignBoxGoesRoundItsNearerSide() {
		Node source = factory.createNode();
		Node target = factory.createNode();
		Node between = factory.createNode();
		Edge edge = factory.createEdge();
		edge.setSource(source);
		edge.setTarget(target);
		Map<Node, int[]> boxes = Map.of(source, new int[] { 0, 0, 100, 40 }, target, new int[] { 0, 200, 100, 240 }, between,
				new int[] { 20, 100, 170, 160 });
		Map<Edge, List<Bend>> routes = new HashMap<>(Map.of(edge, List.of(new Bend(50, 40), new Bend(50, 200))));
		RouteRepair.repair(routes, boxes);
		List<Bend> route = routes.get(edge);
		assertEquals(List.of(new Bend(50, 40), new Bend(15, 95), new Bend(15, 165), new Bend(50, 200)), route);
		for (int i = 0; i + 1 < route.size(); i++) {
			int[] piece = { route.get(i).x(), route.get(i).y(), route.get(i + 1).x(), route.get(i + 1).y() };
			assertFalse(LayoutQuality.crossesBox(piece, new int[] { 20, 100, 170, 160 }), "piece " + i + " stays out of the box");
		}
	}

	@Test
	void aRouteThatPassesOnlyItsOwnEndsIsLeftAlone() {
		Node source = factory.createNode();
		Node target = factory.createNode();
		Edge edge = factory.createEdge();
		edge.setSource(source);
		edge.setTarget(target);
		List<Bend> straight = List.of(new Bend(50, 20), new Bend(50, 220));
		Map<Edge, List<Bend>> routes = new HashMap<>(Map.of(edge, straight));
		RouteRepair.repair(routes, Map.of(source, new int[] { 0, 0, 100, 40 }, target, new int[] { 0, 200, 100, 240 }));
		assertTrue(routes.get(edge) == straight || routes.get(edge).equals(straight));
	}
}
