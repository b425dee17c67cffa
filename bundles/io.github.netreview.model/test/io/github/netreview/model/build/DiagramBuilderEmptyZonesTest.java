package io.github.netreview.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.TestModels;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** A zone no device is in yet is drawn, empty and large enough to drop a device into, in its site or at the top. */
class DiagramBuilderEmptyZonesTest {

	@Test
	void anEmptyZoneIsDrawnInItsSiteWithRoomForADevice() {
		Network network = TestModels.small();
		NetworkBuilder b = new NetworkBuilder(network);
		Site site = network.getSites().get(0);
		Zone iot = b.zone("zone-iot", "IoT", ZoneKind.IOT, site, 1);
		Zone dmz = b.zone("zone-dmz", "DMZ", ZoneKind.DMZ, null, 2);

		Diagram diagram = DiagramBuilder.build(network, "d", "Small");

		Node siteNode = only(diagram.getNodes(), site);
		Node iotNode = only(siteNode.getChildren(), iot);
		assertTrue(iotNode.getChildren().isEmpty());
		assertTrue(iotNode.getWidth() >= DiagramBuilder.DEVICE_WIDTH + 2 * DiagramBuilder.PADDING, "wide enough for a device: " + iotNode.getWidth());
		assertTrue(iotNode.getHeight() >= DiagramBuilder.TITLE + DiagramBuilder.DEVICE_HEIGHT + 2 * DiagramBuilder.PADDING,
				"tall enough for a device under the title: " + iotNode.getHeight());
		assertNotNull(only(diagram.getNodes(), dmz), "a zone of no site is drawn at the top");
		assertEquals(3, siteNode.getChildren().size(), "core, CCTV and the empty IoT zone");
	}

	private static Node only(List<Node> nodes, Object element) {
		List<Node> found = nodes.stream().filter(node -> node.getElement() == element).toList();
		assertEquals(1, found.size(), "drawn once: " + element);
		return found.get(0);
	}
}
