package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Files of NetBox API responses: recognised by their records' url, pages merged and checked, whatever the files are called. */
class NetboxFilesTest {

	@TempDir
	Path dir;

	@Test
	void readsTheCampusExportWithItsApiDumpNames() throws NetboxException {
		NetboxRecords records = NetboxFiles.read(NetboxFixture.CAMPUS);
		assertEquals(3, records.size(Endpoint.SITES));
		assertEquals(19, records.size(Endpoint.DEVICES));
		assertEquals(51, records.size(Endpoint.INTERFACES), "two pages of interfaces, in two files");
		assertEquals(21, records.size(Endpoint.CABLES));
		assertEquals(Map.of("circuits/circuits", Set.of("circuits_circuits.json")), records.unused());
		assertEquals("netbox-campus", records.name(), "the folder names the network");
	}

	@Test
	void recognisesEachFileByItsRecordsUrlWhateverItIsCalled() throws NetboxException, IOException {
		List<String> names = List.of("export.json", "a.json", "devices-page2.json", "b.json", "c.json", "d.json", "e.json", "f.json", "g.json", "h.json");
		List<Path> files = Files.list(NetboxFixture.CAMPUS).sorted().toList();
		for (int i = 0; i < files.size(); i++) {
			Files.copy(files.get(i), dir.resolve(names.get(i)));
		}
		NetboxRecords records = NetboxFiles.read(dir);
		assertEquals(19, records.size(Endpoint.DEVICES));
		assertEquals(51, records.size(Endpoint.INTERFACES));
		assertEquals(9, records.size(Endpoint.VLANS));
	}

	@Test
	void recordsReadTwiceCountOnce() throws NetboxException, IOException {
		NetboxFixture.copy(dir);
		Files.copy(dir.resolve("dcim_interfaces.json"), dir.resolve("dcim_interfaces_again.json"));
		assertEquals(51, NetboxFiles.read(dir).size(Endpoint.INTERFACES));
	}

	@Test
	void aMissingPageStopsTheImport() throws IOException {
		NetboxFixture.copy(dir);
		Files.delete(dir.resolve("dcim_interfaces_2.json"));
		NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir));
		assertEquals("dcim/interfaces: read 30 of 51 records (count 51); the page after dcim_interfaces.json "
				+ "(next: https://netbox.example.gov.uk/api/dcim/interfaces/?limit=30&offset=30) is missing", e.getMessage());
	}

	@Test
	void fewerRecordsThanTheCountStopTheImport() throws IOException {
		JsonObject page = NetboxFixture.read(NetboxFixture.CAMPUS.resolve("dcim_devices.json")).getAsJsonObject();
		JsonArray five = new JsonArray();
		page.getAsJsonArray("results").asList().subList(0, 5).forEach(five::add);
		page.add("results", five);
		NetboxFixture.write(dir.resolve("dcim_devices.json"), page);
		NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir));
		assertEquals("dcim/devices: read 5 of 19 records (count 19); some pages are missing - export the endpoint again in one go", e.getMessage());
	}

	@Test
	void bareJsonArraysAreRecordsToo() throws NetboxException {
		JsonArray devices = NetboxFixture.read(NetboxFixture.CAMPUS.resolve("dcim_devices.json")).getAsJsonObject().getAsJsonArray("results");
		JsonArray mixed = devices.deepCopy();
		NetboxFixture.read(NetboxFixture.CAMPUS.resolve("dcim_sites.json")).getAsJsonObject().getAsJsonArray("results").forEach(mixed::add);
		NetboxFixture.write(dir.resolve("export.json"), mixed);
		NetboxRecords records = NetboxFiles.read(dir);
		assertEquals(19, records.size(Endpoint.DEVICES));
		assertEquals(3, records.size(Endpoint.SITES));
	}

	@Test
	void recordsWithoutUrlAreKnownByTheFileName() throws NetboxException {
		for (String name : List.of("devices.json", "dcim_devices.json", "dcim-devices.json")) {
			Path sub = dir.resolve(name.replace(".json", ""));
			withoutUrls("dcim_devices.json", sub.resolve(name));
			assertEquals(19, NetboxFiles.read(sub).size(Endpoint.DEVICES), name);
		}
	}

	@Test
	void recordsWithoutUrlInAFileOfNoEndpointsNameAreAnError() {
		withoutUrls("dcim_devices.json", dir.resolve("export.json"));
		NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir));
		assertEquals("export.json: its records carry no url and the file name names no NetBox endpoint (such as dcim_devices.json or "
				+ "devices.json)", e.getMessage());
	}

	@Test
	void aFileThatIsNeitherAListNorAnArrayIsAnError() throws IOException {
		Files.writeString(dir.resolve("devices.json"), "{\"detail\": \"Authentication credentials were not provided.\"}");
		NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir));
		assertEquals("devices.json: not a NetBox list response (no \"results\" list) nor a JSON array of records", e.getMessage());
	}

	@Test
	void aTruncatedFileIsAnErrorNamingIt() throws IOException {
		String text = Files.readString(NetboxFixture.CAMPUS.resolve("dcim_sites.json"));
		Files.writeString(dir.resolve("dcim_sites.json"), text.substring(0, text.length() / 2));
		NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir));
		assertEquals(dir.resolve("dcim_sites.json") + ": the JSON ends early (truncated?)", e.getMessage());
	}

	@Test
	void oneFileIsReadOnItsOwn() throws NetboxException {
		NetboxRecords records = NetboxFiles.read(NetboxFixture.CAMPUS.resolve("dcim_sites.json"));
		assertEquals(3, records.size(Endpoint.SITES));
		assertEquals(0, records.size(Endpoint.DEVICES));
	}

	private static void withoutUrls(String fixture, Path target) {
		JsonObject page = NetboxFixture.read(NetboxFixture.CAMPUS.resolve(fixture)).getAsJsonObject();
		for (JsonElement record : page.getAsJsonArray("results")) {
			record.getAsJsonObject().remove("url");
		}
		try {
			Files.createDirectories(target.getParent());
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		NetboxFixture.write(target, page);
	}

	@Test
	void aFileThatIsNotUtf8IsAnErrorNamingItsLineAndByte() throws IOException {
		byte[] text = Files.readAllBytes(NetboxFixture.CAMPUS.resolve("dcim_sites.json"));
		text[Files.readString(NetboxFixture.CAMPUS.resolve("dcim_sites.json")).indexOf("London HQ")] = (byte) 0xA3; // a Latin-1 pound sign
		Files.write(dir.resolve("dcim_sites.json"), text);
		NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir));
		assertEquals(dir.resolve("dcim_sites.json") + ":10: not UTF-8 text (byte 0xA3 is not UTF-8; the file may be in Latin-1 or Windows-1252): save it"
				+ " as UTF-8", e.getMessage());
	}

	@Test
	void aByteOrderMarkIsAccepted() throws IOException, NetboxException {
		Files.writeString(dir.resolve("dcim_sites.json"), "\uFEFF" + Files.readString(NetboxFixture.CAMPUS.resolve("dcim_sites.json")));
		assertEquals(3, NetboxFiles.read(dir).size(Endpoint.SITES));
	}

	@Test
	void textThatIsNotStrictJsonIsExplainedWithItsLineNotTheParsersAdvice() throws IOException {
		for (String text : List.of("{'results': []}", "{\"results\": []}\n// exported by hand\n", "{\"results\": [1 2]}", "nope")) {
			Files.writeString(dir.resolve("dcim_sites.json"), text);
			NetboxException e = assertThrows(NetboxException.class, () -> NetboxFiles.read(dir), text);
			assertTrue(e.getMessage().startsWith(dir.resolve("dcim_sites.json") + ": not JSON ("), e.getMessage());
			assertTrue(e.getMessage().matches(".* at line \\d+, column \\d+\\)"), e.getMessage());
			assertTrue(!e.getMessage().contains("JsonReader") && !e.getMessage().contains("Strictness") && !e.getMessage().contains("gson"),
					e.getMessage());
		}
	}
}
