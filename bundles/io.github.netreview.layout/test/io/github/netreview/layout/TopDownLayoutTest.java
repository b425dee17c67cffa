package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;

/** The headquarters laid out by dot reads top-down, fits a screen's shape and routes every link around the boxes. */
class TopDownLayoutTest {

	private static Diagram diagram;
	private static LayoutPlan plan;
	private static Map<Node, int[]> boxes;

	@BeforeAll
	static void layOut() throws IOException {
		diagram = (Diagram) ModelFiles.load(Path.of("../../examples/hq.netreview")).getContents().get(1);
		plan = DiagramLayout.layout(diagram);
		plan.apply();
		boxes = DrawnNodes.of(diagram, 0).bounds;
	}

	@Test
	void noLinkPassesThroughABoxThatIsNotOneOfItsEnds() {
		assertEquals("dot", plan.engine());
		assertEquals(0, LayoutQuality.of(diagram, 1600, 1000).linksThroughBoxes());
		long routed = diagram.getEdges().stream().filter(edge -> !edge.getBendpoints().isEmpty()).count();
		assertEquals(diagram.getEdges().size(), routed, "dot routed every link");
	}

	@Test
	void everyRouteRunsFromItsSourceBoxToItsTargetBox() {
		for (Edge edge : diagram.getEdges()) {
			List<Bend> route = LayoutPlan.routeOf(edge);
			assertTrue(near(boxes.get(edge.getSource()), route.get(0)), edge.getId() + " starts at its source: " + route);
			assertTrue(near(boxes.get(edge.getTarget()), route.get(route.size() - 1)), edge.getId() + " ends at its target: " + route);
		}
	}

	@Test
	void tiersReadTopDownFromTheRouterToTheEndpoints() {
		assertAbove("rtr-edge-01", "fw-01");
		assertAbove("fw-01", "core-sw-01");
		for (String access : List.of("acc-sw-01", "acc-sw-02", "acc-sw-03", "cctv-sw-01", "ot-sw-01")) {
			assertAbove("core-sw-01", access);
		}
		for (Edge edge : diagram.getEdges()) {
			Device a = device(edge.getSource());
			Device b = device(edge.getTarget());
			if (a.getName().startsWith("acc-sw") && !b.getName().contains("sw")) {
				assertAbove(a.getName(), b.getName());
			} else if (b.getName().startsWith("acc-sw") && !a.getName().contains("sw")) {
				assertAbove(b.getName(), a.getName());
			}
		}
	}

	@Test
	void theDrawingIsAboutAsWideAsAnEditorIsTall() {
		double aspect = LayoutQuality.of(diagram, 1600, 1000).aspect();
		assertTrue(aspect > 1.2 && aspect < 2.2, "width over height " + aspect);
	}

	@Test
	void theEndpointsOfABusyAccessSwitchMakeABlockNotAColumnOrARow() {
		Set<Integer> rows = new TreeSet<>();
		Set<Integer> columns = new TreeSet<>();
		for (Edge edge : diagram.getEdges()) {
			if (device(edge.getTarget()).getName().equals("acc-sw-01")) {
				rows.add(boxes.get(edge.getSource())[1]);
				columns.add(boxes.get(edge.getSource())[0]);
			}
		}
		assertTrue(rows.size() >= 2, "acc-sw-01's seven endpoints lie in rows " + rows);
		assertTrue(columns.size() >= 2, "and in columns " + columns);
	}

	@Test
	void theRestrictedCamerasLinkKeepsItsRouteInTheSvg() {
		Edge lobby = diagram.getEdges().stream().filter(e -> e.getElement() instanceof Link link && link.getId().equals("link-dev-cam-lobby-02"))
				.findFirst().orElseThrow();
		String svg = DiagramSvg.render(diagram, Set.of(), Map.of("link-dev-cam-lobby-02", "#ff3d00"));
		Bend bend = LayoutPlan.routeOf(lobby).get(1);
		assertTrue(svg.contains((bend.x() + 20) + "," + (bend.y() + 20)), "the SVG polyline passes the route's bend " + bend);
		assertFalse(svg.contains("<line "), "links are polylines");
	}

	private static Device device(Node node) {
		return (Device) node.getElement();
	}

	private static void assertAbove(String upper, String lower) {
		int[] a = boxOf(upper);
		int[] b = boxOf(lower);
		assertTrue(a[1] + a[3] <= b[1], upper + " " + List.of(a[1], a[3]) + " lies above " + lower + " " + List.of(b[1], b[3]));
	}

	private static int[] boxOf(String name) {
		return boxes.entrySet().stream().filter(e -> e.getKey().getElement() != null && name.equals(e.getKey().getElement().getName()))
				.findFirst().orElseThrow().getValue();
	}

	/** Whether the point lies on or within a few pixels of the box's border. */
	private static boolean near(int[] box, Bend point) {
		int slack = 3;
		boolean within = point.x() >= box[0] - slack && point.x() <= box[0] + box[2] + slack && point.y() >= box[1] - slack
				&& point.y() <= box[1] + box[3] + slack;
		boolean inner = point.x() > box[0] + slack && point.x() < box[0] + box[2] - slack && point.y() > box[1] + slack
				&& point.y() < box[1] + box[3] - slack;
		return within && !inner;
	}
}
