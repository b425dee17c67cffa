package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog update: MAC blocks refreshed from IEEE files a user supplies, with the registry's date that check then reports. */
class CatalogCommandTest {

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<topology:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:topology="https://netreview.github.io/2026/topology" id="n" name="New blocks">
			  <zones id="core" name="Core" kind="CORE"/>
			  <segments id="s10" name="Core" vlanId="10" zone="core"/>
			  <devices id="cam" name="cam-new" role="CAMERA" zone="core">
			    <interfaces id="cam.0" name="eth0" mac="A1:B2:C3:00:00:01"/>
			  </devices>
			</topology:Network>
			""";

	@Test
	void aBlockRegisteredAfterTheDefaultCatalogIsFoundOnceTheCatalogIsRefreshed(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("site.netreview"), MODEL);
		Path oui = Files.writeString(dir.resolve("oui.csv"), "Registry,Assignment,Organization Name,Organization Address\n"
				+ "MA-L,A1B2C3,\"Hangzhou Hikvision Digital Technology Co.,Ltd.\",\"No.555 Qianmo Road, Hangzhou\"\n"
				+ "MA-L,A1B2C4,Example Networks Ltd,\"1 Road\"\n");
		assertTrue(CliRun.of("check", model.toString()).out().contains("UNCLASSIFIED_CAMERA"), "not known before the refresh");
		CliRun update = CliRun.of("catalog", "update", model.toString(), "--oui", oui.toString(), "--registry-date", "2026-11-30");
		assertEquals(0, update.code(), update.err());
		assertTrue(update.out().contains("Hangzhou Hikvision Digital Technology Co., Ltd.: 51 blocks (1 new)"), update.out());
		assertTrue(Files.exists(dir.resolve("site.netreview.bak")), "the model before the update is kept");
		CliRun check = CliRun.of("check", model.toString());
		assertEquals(1, check.code());
		assertTrue(check.out().contains("MAC A1:B2:C3:00:00:01 of eth0 is in Hangzhou Hikvision Digital Technology Co., Ltd.'s block A1:B2:C3"),
				check.out());
		assertTrue(check.out().contains("catalog: NetReview default catalog 2026.12 (IEEE registry 2022-08-27); Refreshed catalog refreshed"
				+ " from oui.csv (IEEE registry 2026-11-30)"), check.out());
	}

	@Test
	void debiansRegistryFilesAddNothingToTheCatalogMadeFromThem(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("site.netreview"), MODEL);
		Path refreshed = dir.resolve("refreshed.netreview");
		CliRun update = CliRun.of("catalog", "update", model.toString(), "--oui", "/usr/share/ieee-data/oui.csv", "--oui",
				"/usr/share/ieee-data/mam.csv", "--oui", "/usr/share/ieee-data/oui36.csv", "--output", refreshed.toString());
		assertEquals(0, update.code(), update.err());
		assertTrue(update.out().contains("Zhejiang Dahua Technology Co., Ltd.: 24 blocks (0 new)"), update.out());
		assertTrue(update.out().contains("Hangzhou Ezviz Software Co., Ltd.: 5 blocks (0 new)"), update.out());
		assertEquals(MODEL, Files.readString(model), "--output leaves MODEL alone");
	}

	@Test
	void aFileThatIsNotAnIeeeRegistryIsRefusedAndTheModelLeftAlone(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("site.netreview"), MODEL);
		byte[] before = Files.readAllBytes(model);
		Path devices = Files.writeString(dir.resolve("devices.csv"), "kind,id,name\ndevice,d1,cam\n");
		CliRun run = CliRun.of("catalog", "update", model.toString(), "--oui", devices.toString());
		assertEquals(2, run.code());
		assertEquals("netreview: " + devices + ":1: not an IEEE registry file (its header is not Registry,Assignment,Organization Name,...);"
				+ " nothing written\n", run.err());
		Path broken = Files.writeString(dir.resolve("oui.csv"), "Registry,Assignment,Organization Name,Organization Address\nMA-L,XYZ,Acme,x\n");
		CliRun bad = CliRun.of("catalog", "update", model.toString(), "--oui", broken.toString());
		assertEquals(2, bad.code());
		assertTrue(bad.err().contains(broken + ":2: assignment 'XYZ' is not 6, 7 or 9 hexadecimal digits"), bad.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}
}
