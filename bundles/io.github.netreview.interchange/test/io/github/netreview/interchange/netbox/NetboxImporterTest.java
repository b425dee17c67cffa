package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** How NetBox records become the model: the campus export as it is, and copies of it changed to show one rule each. */
class NetboxImporterTest {

	@TempDir
	Path dir;

	private static NetboxImporter.Result campus() throws NetboxException {
		return NetboxImporter.run(NetboxFiles.read(NetboxFixture.CAMPUS), NetboxMapping.none());
	}

	private NetboxImporter.Result changed() throws NetboxException {
		return NetboxImporter.run(NetboxFiles.read(dir), NetboxMapping.none());
	}

	private Path file(String name) {
		if (!Files.exists(dir.resolve("dcim_sites.json"))) {
			NetboxFixture.copy(dir);
		}
		return dir.resolve(name);
	}

	private static Device device(Network network, String name) {
		return network.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow(() -> new AssertionError(name));
	}

	private static Interface port(Network network, String device, String name) {
		return device(network, device).getInterfaces().stream().filter(i -> name.equals(i.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(device + " " + name));
	}

	private static Zone zone(Network network, String name) {
		return network.getZones().stream().filter(z -> name.equals(z.getName())).findFirst().orElseThrow(() -> new AssertionError(name));
	}

	private static void assertReported(NetboxImporter.Result result, String line) {
		assertTrue(result.report().records().contains(line), String.join("\n", result.report().records()));
	}

	private static void assertValid(Network network) {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(network);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.getChildren().toString());
	}

	@Test
	void theCampusImportsWithMakesModelsMacsAndAddresses() throws NetboxException {
		Network network = campus().network();
		Device camera = device(network, "hq-cam-lobby");
		assertEquals(DeviceRole.CAMERA, camera.getRole());
		assertEquals("Hikvision", camera.getManufacturer());
		assertEquals("DS-2CD2143G2-I", camera.getModel());
		assertEquals("4C:BD:8F:00:10:01", camera.getInterfaces().get(0).getMac());
		assertEquals(List.of("10.1.40.50/24"), camera.getInterfaces().get(0).getAddresses());
		assertEquals("4C:BD:8F:00:10:17", device(network, "DS-2CD2043G2-I #17").getInterfaces().get(0).getMac(), "primary_mac_address (4.2+)");
		assertEquals(List.of("10.1.10.0/24"), network.getSegments().get(0).getPrefixes());
		assertFalse(port(network, "hq-acc-01", "Gi1/0/24").isEnabled(), "disabled in NetBox");
		assertValid(network);
	}

	@Test
	void zonesAreNamedByTagsAndGroupsAndTheirKindsByWords() throws NetboxException {
		NetboxImporter.Result result = campus();
		Network network = result.network();
		assertTrue(zone(network, "Core").isCore(), "zone:Core on the group names a zone whose name says core");
		assertEquals(ZoneKind.CORE, zone(network, "Core").getKind());
		assertEquals(ZoneKind.SURVEILLANCE, zone(network, "HQ CCTV").getKind());
		assertEquals(ZoneKind.USER, zone(network, "Depot").getKind(), "zone-kind:user on the VLAN");
		assertEquals(ZoneKind.SURVEILLANCE, zone(network, "Depot CCTV").getKind(), "an ungrouped VLAN is its own zone, named after it");
		assertEquals(List.of("Building A"), result.report().unsetZones());
		assertTrue(zone(network, "Building A").isCore(), "an unrecognised zone is judged core");
		assertTrue(result.report().zones().contains("zone 'HQ CCTV': SURVEILLANCE (word 'cctv' in group 'HQ CCTV')"), result.report().zones().toString());
		assertTrue(result.report().zones().contains("zone 'Building A': no kind recognised in its tags or names; left unset (judged core) - "
				+ "set it with --mapping"));
		assertEquals("zone-hq-cctv", device(network, "hq-cam-lobby").getZone().getId(), "a camera is in the zone of its switch port");
	}

	@Test
	void aZoneKindTagBeatsWordsAndAVlansTagBeatsItsGroups() throws NetboxException {
		NetboxFixture.editRecord(file("ipam_vlan_groups.json"), 6, group -> group.getAsJsonArray("tags").add(NetboxFixture.tag("zone-kind:dmz")));
		NetboxFixture.editRecord(file("ipam_vlan_groups.json"), 3, group -> group.getAsJsonArray("tags").add(NetboxFixture.tag("zone-kind:user")));
		NetboxFixture.editRecord(file("ipam_vlans.json"), 3, vlan -> vlan.getAsJsonArray("tags").add(NetboxFixture.tag("Zone-Kind: OT")));
		NetboxFixture.editRecord(file("ipam_vlan_groups.json"), 2, group -> group.addProperty("name", "HQ Core Servers"));
		Network network = changed().network();
		assertEquals(ZoneKind.DMZ, zone(network, "HQ Guest WiFi").getKind());
		assertEquals(ZoneKind.OT, zone(network, "HQ Staff").getKind());
		assertEquals(ZoneKind.CORE, zone(network, "HQ Core Servers").getKind(), "core wins among words");
	}

	@Test
	void aZoneKindTagThatNamesNoKindIsReportedOnceAndIgnored() throws NetboxException {
		NetboxFixture.editRecord(file("ipam_vlan_groups.json"), 4, group -> group.getAsJsonArray("tags").add(NetboxFixture.tag("zone-kind:lab")));
		NetboxImporter.Result result = changed();
		assertEquals(ZoneKind.SURVEILLANCE, zone(result.network(), "HQ CCTV").getKind());
		assertEquals(1, result.report().records().stream().filter(line -> line.startsWith("ipam/vlan-groups #4 'HQ CCTV': tag zone-kind:lab names no "
				+ "zone kind")).count(), String.join("\n", result.report().records()));
	}

	@Test
	void theMappingDecidesFirst() throws NetboxException, IOException {
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"zones\":{\"Building A\":\"USER\",\"HQ CCTV\":\"CORE\"},"
				+ "\"roles\":{\"pdu\":\"IOT\"},\"sensitiveSites\":[\"leeds-office\"],\"routing\":{\"depot-sw-01\":true}}");
		NetboxImporter.Result result = NetboxImporter.run(NetboxFiles.read(NetboxFixture.CAMPUS), NetboxMapping.read(mapping));
		Network network = result.network();
		assertEquals(ZoneKind.USER, zone(network, "Building A").getKind());
		assertEquals(ZoneKind.CORE, zone(network, "HQ CCTV").getKind());
		assertEquals(DeviceRole.IOT, device(network, "hq-pdu-01").getRole());
		assertTrue(network.getSites().get(2).isSensitive());
		assertTrue(device(network, "depot-sw-01").isRouting());
		assertTrue(result.report().unsetZones().isEmpty());
		assertTrue(result.report().warnings().isEmpty(), result.report().warnings().toString());
	}

	@Test
	void aSiteTaggedWithAVariantOfSensitiveIsSensitive() throws NetboxException {
		Network network = campus().network();
		assertTrue(network.getSites().get(0).isSensitive(), "tag 'Sensitive Site'");
		assertFalse(network.getSites().get(1).isSensitive());
		NetboxFixture.editRecord(file("dcim_sites.json"), 2, site -> site.getAsJsonArray("tags").add(NetboxFixture.tag("sensitivity:high")));
		assertTrue(changed().network().getSites().get(1).isSensitive());
	}

	@Test
	void aVlanIdOutsideTheRangeIsReportedAndLeftOutSoTheModelValidates() throws NetboxException {
		NetboxFixture.editRecord(file("ipam_vlans.json"), 6, vlan -> vlan.addProperty("vid", 5000));
		NetboxImporter.Result result = changed();
		Network network = result.network();
		assertTrue(network.getSegments().stream().noneMatch(s -> s.getName().equals("Guest")));
		assertReported(result, "ipam/vlans #6 'Guest': VLAN id 5000 is outside 1-4094; not imported");
		assertReported(result, "dcim/interfaces #103 'hq-fw-01 port1.50': VLAN #6 'Guest' was not imported (VLAN id 5000 is outside 1-4094), "
				+ "so it is left out here");
		assertEquals("10", port(network, "hq-core-01", "Te1/0/4").getAllowedVlans());
		assertValid(network);
	}

	@Test
	void subinterfacesOfARouterOrFirewallFoldIntoTheirParentAsATrunk() throws NetboxException {
		NetboxImporter.Result result = campus();
		Network network = result.network();
		Interface port1 = port(network, "hq-fw-01", "port1");
		assertEquals(InterfaceMode.TRUNK, port1.getMode());
		assertEquals("10,50", port1.getAllowedVlans());
		assertNull(port1.getNativeVlan());
		assertEquals(List.of("10.1.10.254/24", "10.1.50.1/24"), port1.getAddresses());
		assertTrue(device(network, "hq-fw-01").getInterfaces().stream().noneMatch(i -> i.getName().startsWith("port1.")));
		assertEquals("110,140", port(network, "depot-rtr-01", "Gi0/0/1").getAllowedVlans());
		assertEquals(InterfaceMode.ROUTED, port(network, "depot-rtr-01", "Gi0/0/0").getMode());
		assertTrue(result.report().interfaces().contains("hq-fw-01 port1: trunk of VLANs 10,50 - 2 802.1Q subinterfaces folded in: port1.10, port1.50"));
	}

	@Test
	void aSubinterfaceWithoutAVlanTakesTheNumberInItsName() throws NetboxException {
		NetboxFixture.editRecord(file("dcim_interfaces.json"), 103, port -> port.add("untagged_vlan", JsonNull.INSTANCE));
		NetboxImporter.Result result = changed();
		assertEquals("10,50", port(result.network(), "hq-fw-01", "port1").getAllowedVlans());
		assertReported(result, "dcim/interfaces #103 'hq-fw-01 port1.50': a subinterface of port1 with no VLAN in NetBox; VLAN 50 taken from its name");
	}

	@Test
	void lagMembersTakeTheVlansOfTheirLag() throws NetboxException {
		Network network = campus().network();
		for (String member : List.of("Te1/0/1", "Te1/0/2")) {
			assertEquals(InterfaceMode.TRUNK, port(network, "hq-core-01", member).getMode());
			assertEquals("30,40,99", port(network, "hq-core-01", member).getAllowedVlans());
		}
	}

	@Test
	void aSwitchRoutesOnlyWithAddressedSvisInTwoVlans() throws NetboxException {
		NetboxImporter.Result result = campus();
		Network network = result.network();
		assertTrue(device(network, "hq-core-01").isRouting());
		assertFalse(device(network, "hq-acc-01").isRouting(), "its one SVI is its management address");
		assertFalse(device(network, "depot-sw-01").isRouting());
		assertEquals(99, port(network, "hq-acc-01", "Vlan99").getAccessVlan());
		assertTrue(result.report().routing().contains("hq-acc-01 does not route: its only addressed layer-3 interface is in VLAN 99; one SVI, "
				+ "such as a management address, does not make a router"), result.report().routing().toString());
	}

	@Test
	void anSviWithoutAVlanInItsNameTakesTheVlanOfItsAddress() throws NetboxException {
		NetboxFixture.editRecord(file("dcim_interfaces.json"), 209, port -> port.addProperty("name", "servers-gw"));
		assertEquals(20, port(changed().network(), "hq-core-01", "servers-gw").getAccessVlan());
	}

	@Test
	void devicesWithoutNameOrKnownRoleAreImportedAndReported() throws NetboxException {
		NetboxImporter.Result result = campus();
		assertEquals(DeviceRole.CAMERA, device(result.network(), "DS-2CD2043G2-I #17").getRole());
		assertReported(result, "dcim/devices #17 'Hikvision DS-2CD2043G2-I (17)': no name; imported as 'DS-2CD2043G2-I #17'");
		assertEquals(DeviceRole.SERVER, device(result.network(), "hq-pdu-01").getRole());
		assertReported(result, "dcim/devices #12 'hq-pdu-01': role 'pdu' not recognised; imported as an endpoint (SERVER) - map it with --mapping");
		assertTrue(result.network().getDevices().stream().noneMatch(d -> d.getName().equals("hq-pp-01")), "a patch panel is no device here");
	}

	@Test
	void cablesThroughPatchPanelsAndCircuitsFollowConnectedEndpoints() throws NetboxException {
		Network network = campus().network();
		Link panel = network.getLinks().stream().filter(l -> l.getId().equals("link-trace-203-401")).findFirst().orElseThrow();
		assertEquals(port(network, "hq-core-01", "Te1/0/3"), panel.getEndA());
		assertEquals(port(network, "hq-cctv-sw-01", "Gi1/1/1"), panel.getEndB());
		assertEquals("HQ-PP-01-F1 / HQ-PP-01-R1", panel.getName());
		assertEquals(Medium.FIBER, panel.getMedium());
		assertTrue(network.getLinks().stream().anyMatch(l -> l.getId().equals("link-trace-104-1401")), "the WAN circuit");
		Link planned = network.getLinks().stream().filter(l -> "HQ-XLINK-PLANNED".equals(l.getName())).findFirst().orElseThrow();
		assertFalse(planned.isEnabled(), "a planned cable is not connected yet");
	}

	@Test
	void aCableThatCannotBeFollowedIsReported() throws NetboxException {
		for (long id : List.of(203L, 401L)) {
			NetboxFixture.editRecord(file("dcim_interfaces.json"), id, port -> port.add("connected_endpoints", JsonNull.INSTANCE));
		}
		NetboxImporter.Result result = changed();
		assertReported(result, "dcim/cables #20 'HQ-PP-01-F1': ends on dcim.frontport and NetBox traces its interface #203 to no interface "
				+ "(no connected_endpoints); not imported");
		assertReported(result, "dcim/cables #21 'HQ-PP-01-R1': ends on dcim.rearport and NetBox traces its interface #401 to no interface "
				+ "(no connected_endpoints); not imported");
	}

	@Test
	void danglingReferencesAreReportedWithTheirRecord() throws NetboxException {
		NetboxFixture.removeRecord(file("dcim_devices.json"), 11);
		NetboxFixture.removeRecord(file("ipam_vlans.json"), 4);
		NetboxImporter.Result result = changed();
		assertReported(result, "dcim/interfaces #1101 'hq-ws-01 eth0': belongs to device #11, which was not imported; not imported");
		assertReported(result, "ipam/ip-addresses #17 '10.1.30.100/24': assigned to interface #1101, which was not imported; not used");
		assertReported(result, "dcim/cables #6: ends at interface #1101, which was not imported; not imported");
		assertReported(result, "dcim/interfaces #305 'hq-acc-01 Gi1/0/2': VLAN #4 'CCTV' is not among the VLANs read; VLAN 40 kept, without a segment");
		assertEquals(40, port(result.network(), "hq-acc-01", "Gi1/0/2").getAccessVlan(), "the camera stays on its VLAN");
	}

	@Test
	void aCableWithSeveralTerminationsIsPairedInOrder() throws NetboxException {
		NetboxFixture.editRecord(file("dcim_cables.json"), 2, cable -> {
			JsonArray a = cable.getAsJsonArray("a_terminations");
			JsonArray b = cable.getAsJsonArray("b_terminations");
			a.add(termination(202));
			b.add(termination(302));
		});
		NetboxFixture.removeRecord(file("dcim_cables.json"), 3);
		NetboxImporter.Result result = changed();
		assertReported(result, "dcim/cables #2 'HQ-UPL-01': has 2 terminations at A and 2 at B; paired in order");
		Link second = result.network().getLinks().stream().filter(l -> l.getId().equals("link-2-2-2")).findFirst().orElseThrow();
		assertEquals(port(result.network(), "hq-core-01", "Te1/0/2"), second.getEndA());
		assertEquals(port(result.network(), "hq-acc-01", "Te1/1/2"), second.getEndB());
	}

	@Test
	void aCableBetweenTwoPortsOfOneDeviceIsReportedAndLeftOut() throws NetboxException {
		NetboxFixture.editRecord(file("dcim_cables.json"), 6, cable -> cable.getAsJsonArray("b_terminations").set(0, termination(305)));
		NetboxImporter.Result result = changed();
		assertReported(result, "dcim/cables #6: joins two interfaces of 'hq-acc-01' (Gi1/0/1, Gi1/0/2); not imported");
		assertValid(result.network());
	}

	@Test
	void withNoCablesAndNoTracedPathsThereIsNothingToJudge() throws IOException {
		Files.delete(file("dcim_cables.json"));
		for (String page : List.of("dcim_interfaces.json", "dcim_interfaces_2.json")) {
			NetboxFixture.edit(file(page), json -> json.getAsJsonArray("results")
					.forEach(port -> port.getAsJsonObject().add("connected_endpoints", JsonNull.INSTANCE)));
		}
		NetboxException e = assertThrows(NetboxException.class, this::changed);
		assertEquals("nothing to judge: read 3 sites, 9 VLANs, 19 devices and 51 interfaces but no cables (files: circuits_circuits.json, "
				+ "dcim_devices.json, dcim_interfaces.json, dcim_interfaces_2.json, dcim_sites.json, ipam_ip_addresses.json, ipam_prefixes.json, "
				+ "ipam_vlan_groups.json and 1 more); no model written", e.getMessage());
		assertFalse(e.reported().isEmpty(), "what was reported before still reaches the user");
	}

	@Test
	void withoutTheCablesEndpointConnectedEndpointsStillGiveTheLinks() throws NetboxException, IOException {
		Files.delete(file("dcim_cables.json"));
		assertEquals(18, changed().network().getLinks().size());
	}

	private static JsonObject termination(long interfaceId) {
		JsonObject end = new JsonObject();
		end.addProperty("object_type", "dcim.interface");
		end.addProperty("object_id", interfaceId);
		JsonObject object = new JsonObject();
		object.addProperty("id", interfaceId);
		end.add("object", object);
		return end;
	}
}
