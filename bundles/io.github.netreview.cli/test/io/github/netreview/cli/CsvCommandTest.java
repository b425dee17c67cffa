package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/** export csv and import csv: a round trip keeps every segment, device, interface and link; bad rows name their line. */
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
}
