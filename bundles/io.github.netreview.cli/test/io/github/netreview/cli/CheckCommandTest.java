package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void headquartersHasAPathFromARestrictedCameraToTheCore() {
		CliRun result = run("check", HQ.toString());
		assertEquals(1, result.code(), result.out());
		assertTrue(result.out().startsWith(HQ + ": 39 devices, 6 restricted;"), result.out());
		assertTrue(result.out().contains("CRITICAL RESTRICTED_PATH_TO_CORE\n  device 'cam-lobby-02'"), result.out());
		assertTrue(result.out().contains("  path: cam-lobby-02[eth0] -> [Gi1/0/30]acc-sw-02[Te1/1/1] -> [Te1/0/4]core-sw-01[Vlan30][Vlan10]"
				+ " -> segment 'Core infrastructure'"), result.out());
		assertTrue(result.out().contains("legal basis: FCC Covered List (2021-03-12); NDAA FY2019 s.889 (2018-08-13); UK written ministerial statement (2022-11-24)"),
				result.out());
		assertTrue(result.out().contains("(waived by waiver-1 until 2027-06-30)"), result.out());
		assertTrue(result.out().contains("catalog: NetReview default catalog 2026.12 (IEEE registry 2022-08-27)"), result.out());
	}

	@Test
	void theThresholdDecidesTheExitCode(@TempDir Path dir) throws IOException {
		Path office = Files.copy(HQ.resolveSibling("regional-office.netreview"), dir.resolve("office.netreview"));
		assertEquals(1, run("check", office.toString(), "--fail-on", "critical").code(), "its cameras reach the WAN core");
		Path clean = Files.writeString(dir.resolve("clean.netreview"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<topology:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:topology="https://netreview.github.io/2026/topology" id="n" name="Clean">
				  <zones id="z" name="Core" kind="CORE"/>
				  <segments id="s" name="Core" vlanId="10" zone="z"/>
				  <devices id="d1" name="srv" role="SERVER" manufacturer="Dell Inc." zone="z"/>
				</topology:Network>
				""");
		CliRun result = run("check", clean.toString(), "--fail-on", "info");
		assertEquals(0, result.code(), result.out());
		assertTrue(result.out().startsWith(clean + ": 1 devices, 0 restricted; 0 findings, 0 at or above info not waived, 0 waived;"
				+ " coverage complete"), result.out());
		assertEquals(1, run("check", HQ.toString(), "--fail-on", "info").code());
	}

	@Test
	void badInputAndUsageExitWithTwo(@TempDir Path dir) throws IOException {
		CliRun missing = run("check", dir.resolve("nope.netreview").toString());
		assertEquals(2, missing.code());
		assertTrue(missing.err().contains("no such file"), missing.err());
		Path csv = Files.writeString(dir.resolve("devices.csv"), "kind,id\n");
		CliRun extension = run("check", csv.toString());
		assertEquals(2, extension.code());
		assertEquals("netreview: " + csv + ": not a .netreview model (use import csv or import netbox for other formats)\n", extension.err());
		CliRun wrong = run("check", HQ.toString(), "--fail-on", "sometimes");
		assertEquals(2, wrong.code());
		assertTrue(wrong.err().contains("--fail-on must be critical, error, warning or info"), wrong.err());
	}

	@Test
	void outputGoesToAFileAndNeverOverTheModel(@TempDir Path dir) throws IOException {
		Path model = Files.copy(HQ, dir.resolve("hq.netreview"));
		Path out = dir.resolve("hq.sarif");
		CliRun written = run("check", model.toString(), "--format", "sarif", "--output", out.toString());
		assertEquals(1, written.code());
		assertEquals("", written.out());
		assertTrue(Files.readString(out).contains("\"version\": \"2.1.0\""));
		CliRun again = run("check", model.toString(), "--format", "sarif", "--output", out.toString());
		assertEquals(2, again.code());
		assertTrue(again.err().contains("exists; use --force"), again.err());
		CliRun self = run("check", model.toString(), "--output", model.toString(), "--force");
		assertEquals(2, self.code());
		assertTrue(self.err().contains("is MODEL itself"), self.err());
		CliRun badFormat = run("check", model.toString(), "--format", "xml");
		assertEquals(2, badFormat.code());
		assertTrue(badFormat.err().contains("--format must be text, json, sarif or html"), badFormat.err());
	}
}
