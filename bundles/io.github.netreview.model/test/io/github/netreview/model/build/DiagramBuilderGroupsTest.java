package io.github.netreview.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;

/** Large networks are drawn with each access switch's endpoints folded into it; small ones device by device. */
class DiagramBuilderGroupsTest {

	@Test
	void aLargeCampusFoldsEndpointsIntoTheirSwitches() {
		Network network = CampusGenerator.generate(2_000, 1);
		Diagram diagram = DiagramBuilder.build(network, "d", "Campus");
		List<Node> groups = new ArrayList<>();
		List<Node> drawn = new ArrayList<>();
		collect(diagram.getNodes(), groups, drawn);
		assertFalse(groups.isEmpty());
		for (Node group : groups) {
			assertEquals(DeviceRole.SWITCH, ((Device) group.getElement()).getRole());
			assertEquals(NodeSizes.of(DeviceLabel.of(group))[0], group.getWidth(), "a folded group is drawn as its switch, sized for its label");
		}
		long devices = drawn.stream().filter(node -> node.getElement() instanceof Device).count();
		assertTrue(devices < 400, "far fewer than 2,000 device figures: " + devices);
		long folded = groups.stream().mapToLong(group -> group.getChildren().size()).sum();
		assertEquals(network.getDevices().size(), devices + folded, "every device is drawn or folded, once");

		Node group = groups.get(0);
		int[] foldedSize = { group.getWidth(), group.getHeight() };
		DiagramBuilder.setCollapsed(group, false);
		assertFalse(group.isCollapsed());
		assertTrue(group.getWidth() > DiagramBuilder.DEVICE_WIDTH, "expanded, the group holds its endpoints");
		DiagramBuilder.setCollapsed(group, true);
		assertEquals(foldedSize[0], group.getWidth(), "folded again, it is the size it was");
		assertEquals(foldedSize[1], group.getHeight());
	}

	@Test
	void aSmallNetworkIsDrawnDeviceByDevice() {
		Diagram diagram = DiagramBuilder.build(CampusGenerator.generate(200, 1), "d", "Campus");
		List<Node> groups = new ArrayList<>();
		collect(diagram.getNodes(), groups, new ArrayList<>());
		assertEquals(List.of(), groups);
	}

	/** Folded groups into {@code groups}; nodes drawn (not inside a folded group) into {@code drawn}. */
	private static void collect(List<Node> nodes, List<Node> groups, List<Node> drawn) {
		for (Node node : nodes) {
			drawn.add(node);
			if (node.isCollapsed()) {
				groups.add(node);
			} else {
				collect(node.getChildren(), groups, drawn);
			}
		}
	}
}
