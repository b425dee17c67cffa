package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;

/** Opening a group in a laid-out campus makes room: no drawn box overlaps another it does not hold. */
class MakeRoomTest {

	@Test
	void openingAGroupPushesItsNeighboursAsideAndGrowsItsContainers() {
		Diagram diagram = DiagramBuilder.build(CampusGenerator.generate(1200, 1), "d", "Campus");
		DiagramLayout.layout(diagram).apply();
		Node group = groups(diagram.getNodes()).get(0);
		int width = group.getWidth();
		int height = group.getHeight();
		DiagramBuilder.setCollapsed(group, false);
		assertTrue(overlaps(diagram) > 0, "opened in place, the group covers its neighbours");
		LayoutPlan room = MakeRoom.around(diagram, group, width, height);
		room.apply();
		assertEquals(0, overlaps(diagram), "after making room");
		assertTrue(room.bounds().size() > 1, "neighbours moved and containers grew: " + room.bounds().size());
	}

	private static List<Node> groups(List<Node> nodes) {
		List<Node> groups = new ArrayList<>();
		for (Node node : nodes) {
			if (node.isCollapsed() && !node.getChildren().isEmpty()) {
				groups.add(node);
			} else {
				groups.addAll(groups(node.getChildren()));
			}
		}
		return groups;
	}

	/** How many pairs of drawn boxes overlap where neither holds the other. */
	private static int overlaps(Diagram diagram) {
		Map<Node, int[]> boxes = DrawnNodes.of(diagram, 0).bounds;
		List<Map.Entry<Node, int[]>> all = new ArrayList<>(boxes.entrySet());
		int count = 0;
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				Node a = all.get(i).getKey();
				Node b = all.get(j).getKey();
				int[] p = all.get(i).getValue();
				int[] q = all.get(j).getValue();
				boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0] || p[1] + p[3] <= q[1] || q[1] + q[3] <= p[1];
				if (!apart && !holds(a, b) && !holds(b, a)) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean holds(Node outer, Node inner) {
		for (Object at = inner; at instanceof Node n; at = n.eContainer()) {
			if (n == outer) {
				return true;
			}
		}
		return false;
	}
}
