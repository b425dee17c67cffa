package io.github.netreview.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;

/** New devices named by role, continuing the numbers the network already uses with the role's prefix. */
class DeviceNamesTest {

	@Test
	void theFirstOfARoleIsNumberOne() {
		Network network = network("acc-sw-07", "core-sw-01");
		assertEquals("sw-01", DeviceNames.next(network, DeviceRole.SWITCH, name -> false), "acc-sw-07 does not start with sw-");
		assertEquals("fw-01", DeviceNames.next(network, DeviceRole.FIREWALL, name -> false));
		assertEquals("ap-01", DeviceNames.next(network, DeviceRole.ACCESS_POINT, name -> false));
	}

	@Test
	void numbersContinueAfterTheHighestUsedWithThePrefix() {
		Network network = network("cam-lobby-02", "cam-entrance-01", "ws-11", "ws-3", "camera7", "cam-");
		assertEquals("cam-03", DeviceNames.next(network, DeviceRole.CAMERA, name -> false));
		assertEquals("ws-12", DeviceNames.next(network, DeviceRole.WORKSTATION, name -> false));
	}

	@Test
	void aNameTakenElsewhereIsSkipped() {
		Network network = network("nvr-01");
		assertEquals("nvr-03", DeviceNames.next(network, DeviceRole.NVR, "nvr-02"::equals));
	}

	private static Network network(String... names) {
		Network network = TopologyFactory.eINSTANCE.createNetwork();
		for (String name : names) {
			Device device = TopologyFactory.eINSTANCE.createDevice();
			device.setName(name);
			network.getDevices().add(device);
		}
		return network;
	}
}
