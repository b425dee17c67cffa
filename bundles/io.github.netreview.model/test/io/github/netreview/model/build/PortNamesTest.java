package io.github.netreview.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.TopologyFactory;

/** New ports named in their device's scheme. */
class PortNamesTest {

	@Test
	void aSwitchContinuesItsMostUsedStemPastTheHighestNumber() {
		Device sw = device(DeviceRole.SWITCH, "Te1/1/1", "Gi1/0/7", "Gi1/0/40", "Gi1/0/8", "Vlan30", "Vlan31", "Vlan32");
		assertEquals("Gi1/0/41", PortNames.next(sw));
	}

	@Test
	void hostsGetEthNAndOthersPortN() {
		assertEquals("eth0", PortNames.next(device(DeviceRole.CAMERA)));
		assertEquals("eth1", PortNames.next(device(DeviceRole.SERVER, "eth0")));
		assertEquals("port1", PortNames.next(device(DeviceRole.FIREWALL)));
		assertEquals("port4", PortNames.next(device(DeviceRole.FIREWALL, "port1", "port3", "port2")));
	}

	@Test
	void logicalInterfacesAreNotJacks() {
		assertEquals(true, PortNames.logical("Vlan10"));
		assertEquals(true, PortNames.logical("Loopback0"));
		assertEquals(false, PortNames.logical("Gi1/0/1"));
		assertEquals(false, PortNames.logical("port2"));
	}

	private static Device device(DeviceRole role, String... ports) {
		Device device = TopologyFactory.eINSTANCE.createDevice();
		device.setRole(role);
		for (String name : ports) {
			Interface port = TopologyFactory.eINSTANCE.createInterface();
			port.setName(name);
			device.getInterfaces().add(port);
		}
		return device;
	}
}
