package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.ZoneKind;

/** The --mapping file: what it may say, its errors naming the file and key, and entries that match nothing. */
class NetboxMappingTest {

	@TempDir
	Path dir;

	private NetboxMapping mapping(String json) throws IOException, NetboxException {
		return NetboxMapping.read(Files.writeString(dir.resolve("mapping.json"), json));
	}

	private String error(String json) throws IOException {
		Path file = Files.writeString(dir.resolve("mapping.json"), json);
		return assertThrows(NetboxException.class, () -> NetboxMapping.read(file)).getMessage().replace(file.toString(), "mapping.json");
	}

	@Test
	void readsRolesZonesSensitiveSitesAndRoutingWithoutCase() throws Exception {
		NetboxMapping mapping = mapping("{\"roles\":{\"pdu\":\"iot\"},\"zones\":{\"Building A\":\"USER\"},\"sensitiveSites\":[\"Leeds-Office\"],"
				+ "\"routing\":{\"hq-acc-01\":true}}");
		assertEquals(Optional.of(DeviceRole.IOT), mapping.role("PDU", "Power distribution"));
		assertEquals(Optional.of(ZoneKind.USER), mapping.zoneKind("building a"));
		assertTrue(mapping.sensitive("Leeds Office", "leeds-office"));
		assertEquals(Optional.of(true), mapping.routing("HQ-ACC-01"));
		assertEquals(List.of(), mapping.unused());
	}

	@Test
	void entriesThatMatchNothingAreListed() throws Exception {
		NetboxMapping mapping = mapping("{\"zones\":{\"HQ Staf\":\"CORE\"},\"sensitiveSites\":[\"london-hq\"]}");
		assertEquals(List.of(dir.resolve("mapping.json") + ": zones 'HQ Staf' names no zone of the import",
				dir.resolve("mapping.json") + ": sensitiveSites 'london-hq' names no site read; no site was made sensitive by it"), mapping.unused());
	}

	@Test
	void badContentNamesTheFileAndTheKey() throws IOException {
		assertEquals("mapping.json: roles.ip-cam: 'CAMERAS' is not one of CAMERA, NVR, SWITCH, ROUTER, FIREWALL, SERVER, WORKSTATION, "
				+ "ACCESS_POINT, DATA_DIODE, IOT", error("{\"roles\":{\"ip-cam\":\"CAMERAS\"}}"));
		assertEquals("mapping.json: zones.Lobby: 'SAFE' is not one of CORE, SERVER, USER, SURVEILLANCE, IOT, OT, DMZ, GUEST, MANAGEMENT, EXTERNAL",
				error("{\"zones\":{\"Lobby\":\"SAFE\"}}"));
		assertEquals("mapping.json: role: unknown key (expected roles, zones, sensitiveSites, routing)", error("{\"role\":{}}"));
		assertEquals("mapping.json: routing.hq-core-01: expected true or false, found \"yes\"", error("{\"routing\":{\"hq-core-01\":\"yes\"}}"));
		assertEquals("mapping.json: sensitiveSites: expected a list of site names or slugs", error("{\"sensitiveSites\":\"london-hq\"}"));
		assertEquals("mapping.json: roles: expected an object", error("{\"roles\":[\"CAMERA\"]}"));
		assertEquals("mapping.json: the JSON ends early (truncated?)", error("{\"roles\":{"));
	}

	@Test
	void aHugeBadValueIsEchoedCut() throws IOException {
		String message = error("{\"zones\":{\"Lobby\":\"" + "S".repeat(1_000_000) + "\"}}");
		assertTrue(message.startsWith("mapping.json: zones.Lobby: '" + "S".repeat(80) + "...' is not one of CORE"), message.substring(0, 200));
		assertTrue(message.length() < 300, "not echoed whole: " + message.length());
	}
}
