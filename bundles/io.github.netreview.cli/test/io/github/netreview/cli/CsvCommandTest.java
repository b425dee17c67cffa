package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.interchange.csv.CsvColumns;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;

/**
 * export csv and import csv: a round trip keeps every segment, device, interface and link, and every value exactly (formula
 * starts neutralised); a spreadsheet's byte order mark and blank lines are fine; bad rows and files are explained with their line.
 */
class CsvCommandTest {

	private static final Path OFFICE = Path.of("../../examples/regional-office.netreview");

	@Test
	void roundTripKeepsTheTopologyAndTheCorePaths(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("office.csv");
		assertEquals(0, CliRun.of("export", OFFICE.toString(), "--format", "csv", "--output", csv.toString()).code());
		assertTrue(Files.readString(csv).startsWith(String.join(",", CsvColumns.HEADER) + "\n"));
		Path model = dir.resolve("office.netreview");
		CliRun imported = CliRun.of("import", "csv", csv.toString(), "--output", model.toString());
		assertEquals(0, imported.code(), imported.err());
		Network original = ModelFiles.loadNetwork(OFFICE);
		Network read = ModelFiles.loadNetwork(model);
		assertEquals(original.getDevices().size(), read.getDevices().size());
		assertEquals(original.getLinks().size(), read.getLinks().size());
		assertEquals(original.getSegments().size(), read.getSegments().size());
		Path again = dir.resolve("again.csv");
		CliRun export = CliRun.of("export", model.toString(), "--format", "csv", "--output", again.toString());
		assertEquals(0, export.code(), export.err());
		assertEquals(Files.readString(csv).replaceAll("(?m)^segment,[^,]*,", "segment,,"),
				Files.readString(again).replaceAll("(?m)^segment,[^,]*,", "segment,,"), "the same rows come back (segment ids aside)");
		assertTrue(CliRun.of("check", model.toString()).out().contains("RESTRICTED_PATH_TO_CORE"),
				"the imported office still has its cameras' paths to the WAN core");
	}

	@Test
	void aZoneWithoutAKindIsNeitherTakenForAUserZoneNorPassedOverInSilence(@TempDir Path dir) throws IOException {
		Path csv = Files.writeString(dir.resolve("office.csv"), String.join(",", CsvColumns.HEADER) + "\n"
				+ "segment,s1,Floor 2,,Floor 2,,,,,,,20,,,,10.0.20.0/24,,,,\n"
				+ "device,d1,cam,,Floor 2,,CAMERA,Axis Communications AB,,,,,,,,,,,,\n");
		Path model = dir.resolve("office.netreview");
		assertEquals(0, CliRun.of("import", "csv", csv.toString(), "--output", model.toString()).code());
		assertFalse(ModelFiles.loadNetwork(model).getZones().get(0).isSetKind(), "on main a blank zone_kind made a USER zone");
		CliRun check = CliRun.of("check", model.toString(), "--fail-on", "warning");
		assertEquals(1, check.code(), check.out());
		assertTrue(check.out().contains("ZONES_WITHOUT_KIND 1 zone has no kind: judged core"), check.out());
		Path again = dir.resolve("again.csv");
		assertEquals(0, CliRun.of("export", model.toString(), "--format", "csv", "--output", again.toString()).code());
		assertTrue(Files.readString(again).contains("segment,s1,Floor 2,,Floor 2,,"), "exported blank again: " + Files.readString(again));
	}

	@Test
	void badRowsAreReportedWithTheirLinesAndNothingIsWritten(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("bad.csv");
		Files.writeString(csv, String.join(",", CsvColumns.HEADER) + "\n"
				+ "device,d1,cam,,,,CAMERA,Hikvision,,,,,,,,,,,,\n"
				+ "device,d2,sw,,,,TOASTER,,,,,,,,,,,,,\n"
				+ "interface,,eth0,,,,,,,d1,ACCESS,5000,,,,,,,,\n"
				+ "link,l1,,,,,,,,,,,,,,,,d1:eth9,d9:x,\n");
		Path model = dir.resolve("bad.netreview");
		CliRun run = CliRun.of("import", "csv", csv.toString(), "--output", model.toString());
		assertEquals(2, run.code());
		assertTrue(run.err().contains(csv + ":3: role 'TOASTER' is not one of CAMERA"), run.err());
		assertTrue(run.err().contains(csv + ":4: VLAN 5000 is outside 1-4094"), run.err());
		assertTrue(run.err().contains(csv + ":5: end_a 'd1:eth9': cam has no interface 'eth9'"), run.err());
		assertTrue(run.err().contains("nothing written: 3 bad row(s)"), run.err());
		assertFalse(Files.exists(model));
	}

	@Test
	void cellsThatWouldRunAsFormulasAreNeutralisedAndComeBackExactly(@TempDir Path dir) throws IOException {
		List<String> names = List.of("=1+1", "+x", "-", "@SUM(A1)", "\t=1+1", "\r=cmd", "'=x", "''+y", " spaced ", "plain", "a'=b");
		NetworkBuilder builder = new NetworkBuilder("net-odd", "odd");
		for (int i = 0; i < names.size(); i++) {
			builder.device("d" + i, names.get(i), DeviceRole.CAMERA, "=cmd|' /C calc'!A0", null, null, null);
		}
		Path model = dir.resolve("odd.netreview");
		Resource resource = ModelFiles.newResource(model);
		resource.getContents().add(builder.network());
		ModelFiles.save(resource, model);
		Path csv = dir.resolve("odd.csv");
		assertEquals(0, CliRun.of("export", model.toString(), "--format", "csv", "--output", csv.toString()).code());
		for (CSVRecord record : CSVFormat.RFC4180.parse(Files.newBufferedReader(csv)).getRecords()) {
			for (String cell : record) {
				assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a spreadsheet would run " + cell);
			}
		}
		Path again = dir.resolve("again.netreview");
		CliRun imported = CliRun.of("import", "csv", csv.toString(), "--output", again.toString());
		assertEquals(0, imported.code(), imported.err());
		List<Device> devices = ModelFiles.loadNetwork(again).getDevices();
		assertEquals(names, devices.stream().map(Device::getName).toList(), "each name as it was, through the CSV and the model file");
		assertEquals("=cmd|' /C calc'!A0", devices.get(0).getManufacturer());
	}

	@Test
	void valuesKeepTheirLeadingAndTrailingWhitespace(@TempDir Path dir) throws IOException {
		Path csv = Files.writeString(dir.resolve("tab.csv"), "Kind , ID,name,site,zone,zone_kind,role,manufacturer,model,device,mode,vlan,"
				+ "native_vlan,allowed_vlans,mac,addresses,enabled,end_a,end_b,direction\n"
				+ " device ,d1,\"\t=1+1\",,,,CAMERA, Axis ,,,,,,,,,,,,\n");
		Path model = dir.resolve("tab.netreview");
		CliRun run = CliRun.of("import", "csv", csv.toString(), "--output", model.toString());
		assertEquals(0, run.code(), run.err());
		Device device = ModelFiles.loadNetwork(model).getDevices().get(0);
		assertEquals("\t=1+1", device.getName(), "on main the leading TAB was trimmed, making a formula");
		assertEquals(" Axis ", device.getManufacturer());
	}

	@Test
	void aByteOrderMarkAndBlankLinesAreAccepted(@TempDir Path dir) throws IOException {
		List<String> lines = Files.readAllLines(Path.of("test/golden/export-office.csv"));
		String text = "\uFEFF" + String.join("\r\n", lines.subList(0, 5)) + "\r\n\r\n\r\n,,,,,,,,,,,,,,,,,,,\r\n   \r\n"
				+ String.join("\r\n", lines.subList(5, lines.size())) + "\r\n\r\n";
		Path csv = Files.writeString(dir.resolve("spreadsheet.csv"), text);
		Path model = dir.resolve("office.netreview");
		CliRun run = CliRun.of("import", "csv", csv.toString(), "--output", model.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals(ModelFiles.loadNetwork(OFFICE).getDevices().size(), ModelFiles.loadNetwork(model).getDevices().size());
	}

	@Test
	void aBadRowAfterBlankLinesIsReportedWithItsOwnLine(@TempDir Path dir) throws IOException {
		Path csv = Files.writeString(dir.resolve("gap.csv"), String.join(",", CsvColumns.HEADER) + "\n\n\n"
				+ "device,d1,cam,,,,TOASTER,,,,,,,,,,,,,\n");
		CliRun run = CliRun.of("import", "csv", csv.toString(), "--output", dir.resolve("gap.netreview").toString());
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("netreview: " + csv + ":4: role 'TOASTER' is not one of"), run.err());
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedNamingTheLineAndByte(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("latin1.csv");
		Files.write(csv, (String.join(",", CsvColumns.HEADER) + "\ndevice,d1,caf\u00e9,,,,CAMERA,,,,,,,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
		Path model = dir.resolve("latin1.netreview");
		CliRun run = CliRun.of("import", "csv", csv.toString(), "--output", model.toString());
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("netreview: " + csv + ":2: not UTF-8 text (byte 0xE9 is not UTF-8"), run.err());
		assertFalse(Files.exists(model));
	}

	@Test
	void brokenCsvIsExplainedWithoutTheLibrarysText(@TempDir Path dir) throws IOException {
		String header = String.join(",", CsvColumns.HEADER) + "\n";
		Path open = Files.writeString(dir.resolve("open.csv"), header + "device,d1,\"cam,,,,CAMERA,,,,,,,,,,,,,\ndevice,d2,x\n");
		assertRefused(open, ":2: a quoted value is never closed");
		Path after = Files.writeString(dir.resolve("after.csv"), header + "device,\"d1\"x,cam,,,,CAMERA,,,,,,,,,,,,,\n");
		assertRefused(after, ":2: text follows a quoted value's closing quote");
		Path shortRow = Files.writeString(dir.resolve("short.csv"), header + "device,d1,cam\n");
		assertRefused(shortRow, ":2: 3 values where the header has 20 columns");
		Path quoteInId = Files.writeString(dir.resolve("id.csv"), header + "segment,\"s\"\"1\",Staff,,,,,,,,,,,,,,,,,\n");
		assertRefused(quoteInId, ":2: id 's\"1' may hold only letters, digits, '.', '-' and '_'");
	}

	private static void assertRefused(Path csv, String problem) {
		Path model = csv.resolveSibling(csv.getFileName() + ".netreview");
		CliRun run = CliRun.of("import", "csv", csv.toString(), "--output", model.toString());
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("netreview: " + csv + problem), run.err());
		assertFalse(run.err().contains("Exception") || run.err().contains("org.apache") || run.err().contains("CSVRecord"), run.err());
		assertFalse(Files.exists(model));
	}

	@Test
	void aHugeBadValueIsEchoedCutAndACharacterNoModelCanStoreIsRefused(@TempDir Path dir) throws IOException {
		String header = String.join(",", CsvColumns.HEADER) + "\n";
		Path huge = Files.writeString(dir.resolve("huge.csv"), header + "device,d1,cam,,,,CAMERA,,,,,,,,,,,,,\n"
				+ "interface,,eth0,,,,,,,d1,ACCESS," + "9".repeat(10_000_000) + ",,,,,,,,\n");
		CliRun run = CliRun.of("import", "csv", huge.toString(), "--output", dir.resolve("a.netreview").toString());
		assertEquals(2, run.code());
		assertTrue(run.err().length() < 1_000, "not echoed whole: " + run.err().length());
		assertTrue(run.err().startsWith("netreview: " + huge + ":3: VLAN '" + "9".repeat(80) + "...' is not a number"), run.err());
		Path nul = Files.writeString(dir.resolve("nul.csv"), header + "device,d1,ca\u0000m,,,,CAMERA,,,,,,,,,,,,,\n");
		run = CliRun.of("import", "csv", nul.toString(), "--output", dir.resolve("b.netreview").toString());
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("netreview: " + nul + ":2: name holds the character U+0000, which a model file cannot store"), run.err());
	}
}
