package io.github.netreview.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.TopologyFactory;

/** Device boxes sized for their labels: names whole on up to two lines, the brand under them, groups with their count. */
class NodeSizesTest {

	@Test
	void aShortNameFitsTheSmallestBoxOnOneLine() {
		DeviceLabel label = DeviceLabel.of(device("nvr-01", DeviceRole.NVR, "Milestone Systems A/S"), 0);
		assertEquals(new DeviceLabel("nvr-01", "Milestone", "Milestone Systems A/S"), label);
		int[] size = NodeSizes.of(label);
		assertEquals(NodeSizes.MIN_WIDTH, size[0]);
		assertEquals(List.of("nvr-01"), LabelLines.of("nvr-01", size[0] - NodeSizes.TEXT_LEFT - NodeSizes.TEXT_RIGHT, TextWidths::of));
	}

	@Test
	void aLongerNameBreaksAfterAHyphenIntoTwoLinesThatFit() {
		int room = NodeSizes.MIN_WIDTH - NodeSizes.TEXT_LEFT - NodeSizes.TEXT_RIGHT;
		List<String> lines = LabelLines.of("cam-loading-bay-01", room, TextWidths::of);
		assertEquals(List.of("cam-loading-", "bay-01"), lines);
		int[] size = NodeSizes.of(DeviceLabel.of(device("cam-loading-bay-01", DeviceRole.CAMERA, "Dahua Technology"), 0));
		assertEquals(NodeSizes.MIN_WIDTH, size[0], "two lines fit the smallest box");
		assertTrue(size[1] >= 2 * NodeSizes.TEXT_MARGIN + 3 * TextWidths.LINE, "three lines of text: " + size[1]);
	}

	@Test
	void aNameTooLongForTwoLinesWidensTheBoxUntilItsLinesFit() {
		String name = "srv-backup-replication-secondary-datacentre-01";
		int[] size = NodeSizes.of(DeviceLabel.of(device(name, DeviceRole.SERVER, null), 0));
		assertTrue(size[0] > NodeSizes.MIN_WIDTH, "wider: " + size[0]);
		List<String> lines = LabelLines.of(name, size[0] - NodeSizes.TEXT_LEFT - NodeSizes.TEXT_RIGHT, TextWidths::of);
		assertEquals(2, lines.size(), lines.toString());
		assertEquals(name, String.join("", lines).replace(" ", ""), "nothing is lost at the break");
		assertTrue(LabelLines.widest(lines, TextWidths::of) <= size[0] - NodeSizes.TEXT_LEFT - NodeSizes.TEXT_RIGHT);
	}

	@Test
	void aFoldedGroupSaysHowManyEndpointsItHoldsAndBreaksAtTheDot() {
		DeviceLabel label = DeviceLabel.of(device("acc-sw-0042", DeviceRole.SWITCH, "Cisco Systems, Inc"), 20);
		assertEquals("acc-sw-0042 · 20 endpoints", label.name());
		assertEquals("Cisco", label.detail());
		assertEquals("Cisco Systems, Inc", label.maker());
		int[] size = NodeSizes.of(label);
		List<String> lines = LabelLines.of(label.name(), size[0] - NodeSizes.TEXT_LEFT - NodeSizes.TEXT_RIGHT, TextWidths::of);
		assertEquals(List.of("acc-sw-0042 ·", "20 endpoints"), lines);
	}

	@Test
	void withoutAMakeTheRoleIsShown() {
		assertEquals("Access point", DeviceLabel.of(device("ap", DeviceRole.ACCESS_POINT, null), 0).detail());
		assertEquals("IoT device", DeviceLabel.of(device("x", DeviceRole.IOT, " "), 0).detail());
	}

	@Test
	void aWordWithoutBreaksIsSplitEvenly() {
		List<String> lines = LabelLines.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 100, TextWidths::of);
		assertEquals(2, lines.size());
		assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ", String.join("", lines));
	}

	private static Device device(String name, DeviceRole role, String maker) {
		Device device = TopologyFactory.eINSTANCE.createDevice();
		device.setName(name);
		device.setRole(role);
		device.setManufacturer(maker);
		return device;
	}
}
