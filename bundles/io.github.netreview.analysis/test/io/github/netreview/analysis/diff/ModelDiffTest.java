package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.DiffText.find;
import static io.github.netreview.analysis.diff.DiffText.hq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/** Element changes by id: values, references by id, contained values, places, unset values, elements without ids. */
class ModelDiffTest {

	@Test
	void aRulesServiceIsComparedAsAValue() throws IOException {
		Network now = hq();
		((FirewallRule) find(now, "rule-fw-01-30")).getService().setPorts("443");
		assertEquals(List.of("CHANGED FirewallRule rule-fw-01-30: service {protocol=TCP, ports=80,443} -> {protocol=TCP, ports=443}"),
				DiffText.elements(ModelDiff.of(hq(), now)));
	}

	@Test
	void referencesAreComparedByIdSoARenameChangesOnlyTheRenamed() throws IOException {
		Network now = hq();
		((Device) find(now, "dev-acc-sw-02")).setName("acc-sw-02-lobby");
		assertEquals(List.of("CHANGED Device dev-acc-sw-02: name acc-sw-02 -> acc-sw-02-lobby"), DiffText.elements(ModelDiff.of(hq(), now)));
	}

	@Test
	void anInterfaceTakenToAnotherDeviceMoved() throws IOException {
		Network now = hq();
		Interface port = find(now, "dev-acc-sw-02.Gi1-0-40");
		((Device) find(now, "dev-acc-sw-01")).getInterfaces().add(port);
		assertEquals(List.of("MOVED Interface dev-acc-sw-02.Gi1-0-40: container device 'acc-sw-02' (dev-acc-sw-02) -> device 'acc-sw-01' (dev-acc-sw-01)"),
				DiffText.elements(ModelDiff.of(hq(), now)));
	}

	@Test
	void anUnsetValueIsNullAndAZoneOrSiteOfASegmentIsAMove() throws IOException {
		Network now = hq();
		((Zone) find(now, "zone-internet")).unsetKind();
		NetworkBuilder builder = new NetworkBuilder(now);
		builder.segment("seg-guest", "Guest", find(now, "zone-internet"), null, 300, "10.10.44.0/24");
		((io.github.netreview.model.topology.Segment) find(now, "seg-bms")).setZone(find(now, "zone-mgmt"));
		assertEquals(List.of("CHANGED Zone zone-internet: kind EXTERNAL -> null",
				"MOVED Segment seg-bms: zone zone 'Building management' (zone-bms) -> zone 'Network management' (zone-mgmt)",
				"ADDED Segment seg-guest: name null -> Guest; vlanId null -> 300; prefixes null -> 10.10.44.0/24; zone null -> zone 'Internet' (zone-internet)"),
				DiffText.elements(ModelDiff.of(hq(), now)));
	}

	@Test
	void elementsWithoutIdsAreMatchedByTheirPlace() throws IOException {
		Network base = hq();
		Network now = hq();
		for (Network network : List.of(base, now)) {
			((FirewallRule) find(network, "rule-fw-01-20")).setId(null);
		}
		FirewallRule unnamed = (FirewallRule) ((Device) find(now, "dev-fw-01")).getPolicy().getRules().get(1);
		unnamed.setName("CCTV stays in its own VLAN");
		assertEquals(List.of("CHANGED FirewallRule policy-fw-01/rules.1: name CCTV stays in its VLAN -> CCTV stays in its own VLAN"),
				DiffText.elements(ModelDiff.of(base, now)));
	}

	@Test
	void aRemovedDeviceTakesItsInterfacesAndLeavesItsCableWithoutAnEnd() throws IOException {
		Network now = hq();
		EcoreUtil.delete(find(now, "dev-prn-01"), true);
		assertEquals(List.of("REMOVED Device dev-prn-01: name prn-01 -> null; role IOT -> null; manufacturer HP Inc. -> null; "
				+ "model LaserJet Enterprise M611 -> null; site site 'Headquarters' (site-hq) -> null; zone zone 'Staff LAN' (zone-staff) -> null",
				"REMOVED Interface dev-prn-01.eth0: name eth0 -> null; mac 00:01:E6:31:00:01 -> null; addresses 10.10.30.31/24 -> null",
				"CHANGED Link link-dev-prn-01: endA interface 'prn-01 eth0' (dev-prn-01.eth0) -> null"),
				DiffText.elements(ModelDiff.of(hq(), now)));
	}

	@Test
	void theNetworksOwnIdAndNameAreCompared() throws IOException {
		Network now = hq();
		now.setId("net-hq-2027");
		assertEquals(List.of("CHANGED Network net-hq-2027: id net-hq -> net-hq-2027"), DiffText.elements(ModelDiff.of(hq(), now)));
	}

	@Test
	void diagramsAreNotCompared() throws IOException {
		Resource base = ModelFiles.load(Path.of("../../examples/hq.netreview"));
		Resource now = ModelFiles.load(Path.of("../../examples/hq.netreview"));
		Node node = ((Diagram) now.getContents().get(1)).getNodes().get(0);
		node.setX(node.getX() + 400);
		assertTrue(ModelDiff.of((Network) base.getContents().get(0), (Network) now.getContents().get(0)).isEmpty());
	}

	@Test
	void changesComeByTypeThenIdInNaturalOrder() throws IOException {
		Network now = hq();
		NetworkBuilder builder = new NetworkBuilder(now);
		for (String id : List.of("cam-1096", "cam-160", "cam-17")) {
			builder.device(id, id, io.github.netreview.model.topology.DeviceRole.CAMERA, "Axis Communications AB", "M3086-V",
					find(now, "site-hq"), find(now, "zone-cctv"));
		}
		builder.zone("zone-lab", "Lab", io.github.netreview.model.topology.ZoneKind.USER, null, 2);
		((Zone) find(now, "zone-staff")).setSecurityLevel(3);
		List<ElementChange> changes = ModelDiff.of(hq(), now).changes();
		assertEquals(List.of("Zone zone-lab ADDED", "Zone zone-staff CHANGED", "Device cam-17 ADDED", "Device cam-160 ADDED",
				"Device cam-1096 ADDED"), changes.stream().map(c -> c.type() + " " + c.id() + " " + c.kind()).toList());
		assertEquals("2 -> 3", changes.get(1).feature("securityLevel").before() + " -> " + changes.get(1).feature("securityLevel").after());
	}
}
