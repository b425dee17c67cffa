package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/** A NetBox campus (cameras of four makes, a layer-3 core switch, VLAN groups as zones) imported and checked. */
class NetboxImportTest {

	private static final Path FIXTURE = Path.of("test/io/github/netreview/cli/netbox");

	@Test
	void importsTheCampusAndSkipsBrokenRecordsByTheirId(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("campus.netreview");
		CliRun run = CliRun.of("import", "netbox", FIXTURE.toString(), "--output", model.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("12 devices, 11 links, 4 zones; 2 records skipped"), run.out());
		assertTrue(run.err().contains("skipped devices #99: has no name"), run.err());
		assertTrue(run.err().contains("skipped interfaces #999: belongs to device #77, which was not imported"), run.err());
		Network network = ModelFiles.loadNetwork(model);
		Device camera = device(network, "hq-cam-lobby");
		assertEquals(DeviceRole.CAMERA, camera.getRole());
		assertEquals("Hangzhou Hikvision Digital Technology Co., Ltd.", camera.getManufacturer());
		assertEquals("4C:BD:8F:00:10:01", camera.getInterfaces().get(0).getMac());
		assertEquals(List.of("10.10.30.50/24"), camera.getInterfaces().get(0).getAddresses());
		Zone core = network.getZones().stream().filter(z -> z.getName().equals("HQ core")).findFirst().orElseThrow();
		assertTrue(core.isCore(), "zone-kind:core on the VLAN group makes a core zone");
		assertTrue(network.getSites().get(0).isSensitive(), "the sensitive tag");
		assertTrue(device(network, "hq-core-01").isRouting(), "addressed SVIs make the core switch a router");
		assertEquals("30", device(network, "hq-core-01").getInterfaces().get(0).getAllowedVlans());
		assertTrue(!network.getLinks().get(network.getLinks().size() - 1).isEnabled(), "a planned cable is not connected yet");
	}

	@Test
	void theImportedCampusShowsTheLobbyCamerasPathToTheCore(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("campus.netreview");
		assertEquals(0, CliRun.of("import", "netbox", FIXTURE.toString(), "--output", model.toString()).code());
		CliRun check = CliRun.of("check", model.toString());
		assertTrue(check.out().contains("CRITICAL RESTRICTED_PATH_TO_CORE\n  device 'hq-cam-lobby'"), check.out());
		assertTrue(check.out().contains("RESTRICTED_ON_SENSITIVE_SITE"), check.out());
		assertTrue(!check.out().contains("device 'hq-cam-gate' (dev-6), made by"), "the Axis camera is not restricted");
	}

	@Test
	void aMappingOverridesRolesAndZoneKinds(@TempDir Path dir) throws IOException {
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"roles\":{\"server\":\"NVR\"},\"zones\":{\"HQ staff\":\"CORE\"}}");
		Path model = dir.resolve("campus.netreview");
		CliRun run = CliRun.of("import", "netbox", FIXTURE.toString(), "--output", model.toString(), "--mapping", mapping.toString());
		assertEquals(0, run.code(), run.err());
		Network network = ModelFiles.loadNetwork(model);
		assertEquals(DeviceRole.NVR, device(network, "hq-srv-01").getRole());
		assertTrue(network.getZones().stream().filter(z -> z.getName().equals("HQ staff")).findFirst().orElseThrow().isCore());
	}

	@Test
	void oneEndpointFileImportsWhatItHolds(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("sites.netreview");
		CliRun run = CliRun.of("import", "netbox", FIXTURE.resolve("sites.json").toString(), "--output", model.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(List.of("London HQ", "Bristol depot"), ModelFiles.loadNetwork(model).getSites().stream().map(s -> s.getName()).toList());
	}

	@Test
	void aFileThatIsNotAListResponseIsAnInputError(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("devices.json"), "{\"detail\": \"Authentication credentials were not provided.\"}");
		CliRun run = CliRun.of("import", "netbox", dir.toString(), "--output", dir.resolve("x.netreview").toString());
		assertEquals(2, run.code());
		assertTrue(run.err().contains("devices.json: not a NetBox list response"), run.err());
		assertTrue(!Files.exists(dir.resolve("x.netreview")));
	}

	private static Device device(Network network, String name) {
		return network.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}
}
