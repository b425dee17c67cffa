package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.cli.netbox.FakeNetbox;
import io.github.netreview.cli.netbox.NetboxFixture;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Network;

/** {@code import netbox} from the command line: the campus export imported, checked and validated, and how it refuses. */
class NetboxImportTest {

	private static final String CAMPUS = NetboxFixture.CAMPUS.toString();

	@TempDir
	Path dir;

	private Path model() {
		return dir.resolve("campus.netreview");
	}

	@Test
	void importsTheCampusAndSaysWhatItMadeOfIt() {
		CliRun run = CliRun.of("import", "netbox", CAMPUS, "--output", model().toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("""
				Wrote OUT: 3 sites (1 sensitive), 9 zones (1 core, 1 unset: judged core), 9 segments, 18 devices (7 cameras), 47 interfaces, 18 links; 9 records reported
				Zones:
				  zone 'Core': CORE (word 'core' in tag zone:Core on group 'HQ Infrastructure')
				  zone 'HQ Servers': SERVER (word 'servers' in group 'HQ Servers')
				  zone 'HQ Staff': USER (word 'staff' in group 'HQ Staff')
				  zone 'HQ CCTV': SURVEILLANCE (word 'cctv' in group 'HQ CCTV')
				  zone 'HQ Management': MANAGEMENT (word 'management' in group 'HQ Management')
				  zone 'HQ Guest WiFi': GUEST (word 'guest' in group 'HQ Guest WiFi')
				  zone 'Depot': USER (tag zone-kind:user on VLAN 'Depot LAN')
				  zone 'Depot CCTV': SURVEILLANCE (word 'cctv' in VLAN 'Depot CCTV')
				  zone 'Building A': no kind recognised in its tags or names; left unset (judged core) - set it with --mapping
				Interfaces:
				  hq-fw-01 port1: trunk of VLANs 10,50 - 2 802.1Q subinterfaces folded in: port1.10, port1.50
				  depot-rtr-01 Gi0/0/1: trunk of VLANs 110,140 - 2 802.1Q subinterfaces folded in: Gi0/0/1.110, Gi0/0/1.140
				  hq-core-01 Po1: trunk of VLANs 30,40,99 - members Te1/0/1, Te1/0/2 take its VLANs
				  hq-acc-01 Po1: trunk of VLANs 30,40,99 - members Te1/1/1, Te1/1/2 take its VLANs
				Routing:
				  hq-core-01 routes: addressed layer-3 interfaces in VLAN 10, VLAN 20, VLAN 30, VLAN 40, VLAN 99
				  hq-acc-01 does not route: its only addressed layer-3 interface is in VLAN 99; one SVI, such as a management address, does not make a router
				  depot-sw-01 does not route: its only addressed layer-3 interface is in VLAN 110; one SVI, such as a management address, does not make a router
				""", run.out().replace(model().toString(), "OUT"));
		assertEquals("""
				netreview: not used: circuits/circuits (circuits_circuits.json)
				netreview: ipam/prefixes #10 '10.0.0.0/8': a container of no VLAN; not used
				netreview: ipam/prefixes #11 '10.1.0.0/16': a container of no VLAN; not used
				netreview: ipam/prefixes #12 '192.0.2.0/30': a prefix of no VLAN; not used
				netreview: dcim/devices #12 'hq-pdu-01': role 'pdu' not recognised; imported as an endpoint (SERVER) - map it with --mapping
				netreview: dcim/devices #13 'hq-pp-01': a patch panel with no interfaces; not imported as a device - the cables through its ports are followed by the interfaces' connected_endpoints
				netreview: dcim/devices #17 'Hikvision DS-2CD2043G2-I (17)': no name; imported as 'DS-2CD2043G2-I #17'
				netreview: ipam/ip-addresses #26 '10.1.20.60/24': assigned to a virtual machine's interface (virtual machines are not imported); not used
				netreview: ipam/ip-addresses #27 '10.1.20.200/24': assigned to no interface; not used
				netreview: dcim/cables #40 'HQ-PWR-01': joins dcim.powerport and dcim.poweroutlet, not network interfaces; not used
				""", run.err());
	}

	@Test
	void theSummaryReachesStdoutThroughAStreamAsMainWritesIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = Main.run(new String[] { "import", "netbox", CAMPUS, "--output", model().toString() },
				new PrintWriter(out, true), new PrintWriter(new ByteArrayOutputStream(), true));
		assertEquals(0, code);
		assertTrue(out.toString().startsWith("Wrote " + model() + ": 3 sites"), out.toString());
	}

	@Test
	void theImportedCampusShowsTheRestrictedCamerasPathsToTheCoreAndValidates() {
		assertEquals(0, CliRun.of("import", "netbox", CAMPUS, "--output", model().toString()).code());
		CliRun check = CliRun.of("check", model().toString());
		assertEquals(1, check.code(), check.err());
		String lobby = finding(check.out(), "CRITICAL RESTRICTED_PATH_TO_CORE\n  device 'hq-cam-lobby' (dev-5), made by Hangzhou Hikvision");
		assertTrue(lobby.contains("core zone 'Core'"), lobby);
		assertTrue(lobby.contains("\n  path: hq-cam-lobby[eth0] -> [Gi1/0/2]hq-acc-01[Te1/1/1] -> [Te1/0/1]hq-core-01[Vlan40][Vlan10] -> "), lobby);
		assertTrue(check.out().contains("device 'depot-cam-01' (dev-16), made by Hangzhou Hikvision"), "through the router, the circuit and the firewall");
		assertTrue(check.out().contains("RESTRICTED_DEVICE_IN_CORE\n  device 'leeds-cam-01'"), "a zone of no known kind is judged core");
		assertTrue(check.out().contains("RESTRICTED_ON_SENSITIVE_SITE\n  device 'hq-cam-lobby'"), check.out());
		assertFalse(check.out().contains("device 'hq-cam-gate' (dev-7), made by"), "the Axis camera is not restricted");
		CliRun validate = CliRun.of("validate", model().toString());
		assertEquals(0, validate.code(), validate.out());
		assertTrue(validate.out().endsWith(": 0 errors, 0 warnings\n"), validate.out());
	}

	/** The export in the file names of the first importer, changed by {@code change}, imported; the model loaded. */
	private Network imported(Consumer<Path> change) throws IOException {
		NetboxFixture.oneFilePerEndpoint(dir);
		change.accept(dir);
		CliRun run = CliRun.of("import", "netbox", dir.toString(), "--output", model().toString());
		assertEquals(0, run.code(), run.err());
		return ModelFiles.loadNetwork(model());
	}

	@Test
	void aZoneNamedCoreByAZoneTagIsCoreWithoutAZoneKindTag() throws IOException {
		Network network = imported(d -> { });
		assertTrue(network.getZones().stream().filter(z -> z.getName().equals("Core")).findFirst().orElseThrow().isCore());
	}

	@Test
	void aVlanIdOutsideTheRangeIsLeftOutSoValidateAcceptsTheModel() throws IOException {
		imported(d -> NetboxFixture.editRecord(d.resolve("vlans.json"), 6, vlan -> vlan.addProperty("vid", 5000)));
		CliRun validate = CliRun.of("validate", model().toString());
		assertEquals(0, validate.code(), validate.out());
	}

	@Test
	void aFirewallsSubinterfacesMakeItsPortATrunkOfTheirVlans() throws IOException {
		Network network = imported(d -> { });
		Interface port1 = network.getDevices().stream().filter(dev -> dev.getName().equals("hq-fw-01")).findFirst().orElseThrow().getInterfaces()
				.stream().filter(i -> i.getName().equals("port1")).findFirst().orElseThrow();
		assertEquals(InterfaceMode.TRUNK, port1.getMode());
		assertEquals("10,50", port1.getAllowedVlans());
	}

	@Test
	void aSwitchWhoseOnlySviIsItsManagementAddressDoesNotRoute() throws IOException {
		Network network = imported(d -> { });
		assertFalse(network.getDevices().stream().filter(dev -> dev.getName().equals("hq-acc-01")).findFirst().orElseThrow().isRouting());
		assertTrue(network.getDevices().stream().filter(dev -> dev.getName().equals("hq-core-01")).findFirst().orElseThrow().isRouting());
	}

	@Test
	void aSiteTaggedSensitiveSiteIsSensitive() throws IOException {
		Network network = imported(d -> { });
		assertTrue(network.getSites().stream().filter(site -> site.getName().equals("London HQ")).findFirst().orElseThrow().isSensitive());
	}

	/** The finding of {@code check}'s text output that starts with {@code start}, up to the blank line after it. */
	private static String finding(String text, String start) {
		int from = text.indexOf(start);
		assertTrue(from >= 0, text);
		int to = text.indexOf("\n\n", from);
		return text.substring(from, to < 0 ? text.length() : to);
	}

	@Test
	void aPageWhoseNextPageIsMissingStopsTheImport() {
		JsonObject page = NetboxFixture.read(NetboxFixture.CAMPUS.resolve("dcim_devices.json")).getAsJsonObject();
		JsonArray five = new JsonArray();
		page.getAsJsonArray("results").asList().subList(0, 5).forEach(five::add);
		page.add("results", five);
		page.addProperty("count", 13);
		page.addProperty("next", "https://netbox.example.com/api/dcim/devices/?limit=5&offset=5");
		NetboxFixture.write(dir.resolve("dcim_devices.json"), page);
		CliRun run = CliRun.of("import", "netbox", dir.toString(), "--output", model().toString());
		assertEquals(2, run.code());
		assertEquals("netreview: dcim/devices: read 5 of 13 records (count 13); the page after dcim_devices.json "
				+ "(next: https://netbox.example.com/api/dcim/devices/?limit=5&offset=5) is missing\n", run.err());
		assertFalse(Files.exists(model()));
	}

	@Test
	void withNoInterfacesThereIsNothingToJudge() throws IOException {
		for (String file : List.of("dcim_sites.json", "ipam_vlans.json", "dcim_devices.json")) {
			Files.copy(NetboxFixture.CAMPUS.resolve(file), dir.resolve(file));
		}
		CliRun run = CliRun.of("import", "netbox", dir.toString(), "--output", model().toString());
		assertEquals(2, run.code());
		assertTrue(run.err().endsWith("netreview: nothing to judge: read 3 sites, 9 VLANs and 19 devices but no interfaces (files: "
				+ "dcim_devices.json, dcim_sites.json, ipam_vlans.json); no model written\n"), run.err());
		assertFalse(Files.exists(model()));
	}

	@Test
	void aMappingOverridesAndItsEntriesThatMatchNothingAreWarned() throws IOException {
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"roles\":{\"server\":\"NVR\"},\"zones\":{\"Building A\":\"USER\","
				+ "\"HQ Staf\":\"CORE\"},\"sensitiveSites\":[\"Leeds Office\"],\"routing\":{\"hq-acc-01\":true}}");
		CliRun run = CliRun.of("import", "netbox", CAMPUS, "--output", model().toString(), "--mapping", mapping.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.err().contains("netreview: warning: " + mapping + ": zones 'HQ Staf' names no zone of the import\n"), run.err());
		assertTrue(run.out().contains("  zone 'Building A': USER (--mapping)\n"), run.out());
		Network network = ModelFiles.loadNetwork(model());
		assertTrue(network.getSites().stream().filter(s -> s.getName().equals("Leeds Office")).findFirst().orElseThrow().isSensitive());
		assertTrue(network.getDevices().stream().filter(d -> d.getName().equals("hq-acc-01")).findFirst().orElseThrow().isRouting());
	}

	@Test
	void aBadMappingIsAnInputErrorNamingTheFileAndKey() throws IOException {
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"roles\":{\"ip-camera\":\"CAM\"}}");
		CliRun run = CliRun.of("import", "netbox", CAMPUS, "--output", model().toString(), "--mapping", mapping.toString());
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("netreview: " + mapping + ": roles.ip-camera: 'CAM' is not one of CAMERA, NVR,"), run.err());
		assertFalse(Files.exists(model()));
	}

	@Test
	void aFileThatIsNotAListResponseIsAnInputError() throws IOException {
		Files.writeString(dir.resolve("devices.json"), "{\"detail\": \"Authentication credentials were not provided.\"}");
		CliRun run = CliRun.of("import", "netbox", dir.toString(), "--output", model().toString());
		assertEquals(2, run.code());
		assertEquals("netreview: devices.json: not a NetBox list response (no \"results\" list) nor a JSON array of records\n", run.err());
		assertFalse(Files.exists(model()));
	}

	@Test
	void filesOrAUrlNotBothNorNeither() {
		CliRun both = CliRun.of("import", "netbox", CAMPUS, "--url", "https://netbox.example.com", "--output", model().toString());
		assertEquals(2, both.code());
		assertTrue(both.err().startsWith("netreview: give PATH or --url, not both\n"), both.err());
		CliRun neither = CliRun.of("import", "netbox", "--output", model().toString());
		assertEquals(2, neither.code());
		assertTrue(neither.err().startsWith("netreview: give PATH (NetBox JSON files) or --url (a running NetBox)\n"), neither.err());
		CliRun filtered = CliRun.of("import", "netbox", CAMPUS, "--site", "london-hq", "--output", model().toString());
		assertEquals(2, filtered.code());
		assertTrue(filtered.err().startsWith("netreview: --token-file, --ca-cert, --site and --tenant go with --url, not PATH\n"), filtered.err());
	}

	@Test
	void theTokenComesFromNetboxTokenUnlessAFileGivesIt() throws IOException {
		String token = "nbt_Q2x9Lk3mZp.8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5";
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Bearer " + token)) {
			ImportCommand.Netbox.environment = name -> name.equals("NETBOX_TOKEN") ? token : null;
			CliRun run = CliRun.of("import", "netbox", "--url", netbox.url(), "--output", model().toString());
			assertEquals(0, run.code(), run.err());
			assertFalse(run.out().contains(token) || run.err().contains(token));
			ImportCommand.Netbox.environment = name -> null;
			CliRun none = CliRun.of("import", "netbox", "--url", netbox.url(), "--output", dir.resolve("other.netreview").toString());
			assertEquals(2, none.code());
			assertEquals("netreview: no NetBox token: set NETBOX_TOKEN or give --token-file FILE\n", none.err());
		} finally {
			ImportCommand.Netbox.environment = System::getenv;
		}
	}

	@Test
	void namesFromNetboxCannotForgeLinesOfTheSummaryOrTheReport() throws IOException {
		Path export = NetboxFixture.copy(Files.createDirectory(dir.resolve("export")));
		NetboxFixture.edit(export.resolve("ipam_vlan_groups.json"), json -> json.getAsJsonArray("results")
				.forEach(group -> group.getAsJsonObject().addProperty("name", group.getAsJsonObject().get("name").getAsString() + "\nZones: forged\u202E")));
		NetboxFixture.editRecord(export.resolve("dcim_devices.json"), 12, device -> device.addProperty("name", "pdu\nnetreview: forged"));
		CliRun run = CliRun.of("import", "netbox", export.toString(), "--output", model().toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("zone 'HQ Servers\\nZones: forged<U+202E>': SERVER"), run.out());
		assertEquals(1, run.out().lines().filter(line -> line.startsWith("Zones:")).count(), run.out());
		assertTrue(run.err().contains("dcim/devices #12 'pdu\\nnetreview: forged'"), run.err());
		assertFalse(run.err().lines().anyMatch(line -> line.startsWith("netreview: forged")), run.err());
	}
}
