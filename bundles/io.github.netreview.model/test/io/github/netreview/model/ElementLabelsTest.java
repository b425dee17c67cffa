package io.github.netreview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** An element without a name is shown by its type and id, in every label. */
class ElementLabelsTest {

	private final NetworkBuilder builder = new NetworkBuilder("net", "Net");

	@Test
	void aNamedElementIsShownByItsName() {
		Device device = builder.device("dev-17", "cam-1", DeviceRole.CAMERA, null, null, null, null);
		assertEquals("cam-1", ElementLabels.name(device));
		assertEquals("'cam-1'", ElementLabels.quotedName(device));
		assertEquals("device 'cam-1' (dev-17)", ElementLabels.describe(device));
	}

	@Test
	void anUnnamedOrBlankNamedElementIsShownByItsId() {
		Device device = builder.device("dev-17", null, DeviceRole.CAMERA, null, null, null, null);
		Zone zone = builder.zone("zone-1", " ", ZoneKind.CORE, null, null);
		assertEquals("device (dev-17)", ElementLabels.name(device));
		assertEquals("zone (zone-1)", ElementLabels.name(zone));
		assertEquals("(zone-1)", ElementLabels.quotedName(zone));
		assertEquals("device (dev-17)", ElementLabels.describe(device));
	}

	@Test
	void anInterfaceOfAnUnnamedDeviceNamesTheDeviceById() {
		Device device = builder.device("dev-17", null, DeviceRole.CAMERA, null, null, null, null);
		Interface port = builder.port(device, "eth0", InterfaceMode.ACCESS);
		assertEquals("interface 'device (dev-17) eth0' (dev-17.eth0)", ElementLabels.describe(port));
	}
}
