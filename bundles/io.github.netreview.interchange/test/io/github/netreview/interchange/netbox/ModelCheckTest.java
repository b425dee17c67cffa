package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.ZoneKind;

/** The gate before a model is written: a link that fails validation is dropped and reported, anything else stops the import. */
class ModelCheckTest {

	@Test
	void aLinkThatFailsValidationIsDroppedAndItsRecordReported() throws NetboxException {
		NetworkBuilder builder = new NetworkBuilder("net", "test");
		Device device = builder.device("dev-1", "sw", DeviceRole.SWITCH, null, null, null, null);
		Interface port = builder.accessPort(device, "Gi1", 10);
		Link loop = builder.link("link-9", port, port, Medium.COPPER);
		ImportReport report = new ImportReport();
		ModelCheck.run(builder.network(), Map.of(loop, "dcim/cables #9 'LOOP'"), report);
		assertEquals(List.of(), builder.network().getLinks());
		assertEquals(List.of("dcim/cables #9 'LOOP': link (link-9) connects interface 'sw Gi1' (dev-1.Gi1) to itself; not imported"), report.records());
	}

	@Test
	void anyOtherErrorStopsTheImport() {
		NetworkBuilder builder = new NetworkBuilder("net", "test");
		builder.segment("seg-6", "Guest", builder.zone("zone-1", "Guest", ZoneKind.GUEST, null, null), null, 5000);
		NetboxException e = assertThrows(NetboxException.class, () -> ModelCheck.run(builder.network(), Map.of(), new ImportReport()));
		assertEquals("the imported network does not validate: segment 'Guest' (seg-6): VLAN id 5000 is outside 1-4094; no model written", e.getMessage());
	}

	@Test
	void aCharacterNoModelFileCanStoreStopsTheImportNamingTheRecord() {
		NetworkBuilder builder = new NetworkBuilder("net", "test");
		Device device = builder.device("dev-1", "hq\u0000fw", DeviceRole.FIREWALL, null, null, null, null);
		NetboxException e = assertThrows(NetboxException.class,
				() -> ModelCheck.run(builder.network(), Map.of(device, "dcim/devices #1 'hq-fw'"), new ImportReport()));
		assertEquals("dcim/devices #1 'hq-fw': name holds the character U+0000, which a model file cannot store; no model written", e.getMessage());
	}
}
