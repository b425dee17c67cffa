package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** check never gives an all-clear about what it could not judge, in any format, and its exit code says so. */
class CoverageCommandTest {

	/** A camera in VLAN 10, which nothing calls core: on main this gave 0 findings and exit 0. */
	private static final String NO_CORE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<topology:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:topology="https://netreview.github.io/2026/topology" id="n" name="Imported">
			  <zones id="z1" name="HQ core" kind="USER"/>
			  <zones id="z2" name="Building A"/>
			  <segments id="s10" name="Core" vlanId="10" zone="z1"/>
			  <segments id="s20" name="Floor 2" vlanId="20"/>
			  <devices id="sw" name="sw1" role="SWITCH" manufacturer="Cisco Systems, Inc">
			    <interfaces id="sw.1" name="Gi0/1" accessVlan="10"/>
			    <interfaces id="sw.2" name="Gi0/2"/>
			  </devices>
			  <devices id="cam" name="cam-1" role="CAMERA" manufacturer="Generic">
			    <interfaces id="cam.0" name="eth0" mac="4C:BD:8F:30:00:08"/>
			  </devices>
			  <devices id="cam2" name="cam-2" role="CAMERA" manufacturer="Axis Communications AB">
			    <interfaces id="cam2.0" name="eth0" mac="00:40:8C:00:00:02"/>
			  </devices>
			  <devices id="box" name="box" role="SERVER" manufacturer="N/A">
			    <interfaces id="box.0" name="eth0"/>
			  </devices>
			  <links id="l1" endA="cam.0" endB="sw.1"/>
			  <links id="l2" endA="box.0" endB="sw.2"/>
			</topology:Network>
			""";

	@Test
	void noCoreZoneIsAnErrorAndEveryGapIsNamed(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("imported.netreview"), NO_CORE);
		CliRun run = CliRun.of("check", model.toString());
		assertEquals(1, run.code(), run.out());
		assertTrue(run.out().contains("ERROR NO_CORE_ZONE\n  network 'Imported' (n) cannot be judged: none of its 2 zones is a core zone")
				|| run.out().contains("ERROR NO_CORE_ZONE\n  network 'Imported' (n) cannot be judged"), run.out());
		assertTrue(run.out().contains("ERROR UNCLASSIFIABLE_DEVICE\n  device 'box' (box) has only the placeholder manufacturer 'N/A' and no MAC"),
				run.out());
		assertTrue(run.out().contains("INFO RESTRICTED_DEVICE\n  device 'cam-1' (cam) is Hangzhou Hikvision Digital Technology Co., Ltd."
				+ " equipment (MAC 4C:BD:8F:30:00:08 of eth0 is in Hangzhou Hikvision Digital Technology Co., Ltd.'s block 4C:BD:8F"
				+ " (manufacturer recorded only as 'Generic', a placeholder))"), run.out());
		assertTrue(run.out().contains("COVERAGE: what this check could not judge"), run.out());
		assertTrue(run.out().contains("WARNING UNCABLED_CAMERAS 1 camera has no enabled cable"), run.out());
		assertTrue(run.out().contains("WARNING ZONES_WITHOUT_KIND 1 zone has no kind: judged core\n    zone 'Building A' (z2)"), run.out());
		assertTrue(run.out().contains("WARNING SEGMENTS_WITHOUT_ZONE 1 segment has no zone"), run.out());
		assertTrue(run.out().contains("WARNING ACCESS_PORTS_WITHOUT_VLAN 1 switch access port has no VLAN and its cable brings none"), run.out());
	}

	@Test
	void jsonSarifAndHtmlCarryTheCoverageToo(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("imported.netreview"), NO_CORE);
		JsonObject json = JsonParser.parseString(CliRun.of("check", model.toString(), "--format", "json").out()).getAsJsonObject();
		JsonObject coverage = json.getAsJsonObject("coverage");
		assertFalse(coverage.get("complete").getAsBoolean());
		JsonArray gaps = coverage.getAsJsonArray("gaps");
		assertEquals("NO_CORE_ZONE", gaps.get(0).getAsJsonObject().get("kind").getAsString());
		assertEquals("ERROR", gaps.get(0).getAsJsonObject().get("severity").getAsString());

		CliRun sarif = CliRun.of("check", model.toString(), "--format", "sarif");
		assertEquals(1, sarif.code());
		assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.newInputStream(Path.of("../io.github.netreview.report/test/io/github/netreview/report/findings/sarif-2.1.0.json")))
				.validate(new ObjectMapper().readTree(sarif.out())));
		JsonObject run = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray notifications = run.getAsJsonArray("invocations").get(0).getAsJsonObject().getAsJsonArray("toolExecutionNotifications");
		assertEquals("coverage/NO_CORE_ZONE", notifications.get(0).getAsJsonObject().getAsJsonObject("descriptor").get("id").getAsString());
		assertEquals("error", notifications.get(0).getAsJsonObject().get("level").getAsString());
		assertTrue(run.getAsJsonArray("results").toString().contains("\"ruleId\":\"NO_CORE_ZONE\""), "a result code scanning shows");

		String html = CliRun.of("check", model.toString(), "--format", "html").out();
		assertTrue(html.contains("<h2>Coverage</h2>") && html.contains("1 zone has no kind: judged core"), html);
	}

	@Test
	void aCompletelyCoveredModelSaysSo() {
		CliRun run = CliRun.of("check", "../../examples/regional-office.netreview", "--format", "json");
		JsonObject coverage = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("coverage");
		assertTrue(coverage.get("complete").getAsBoolean(), coverage.toString());
	}

	@Test
	void aRestrictedDeviceInACoreSegmentIsToldThePortAndTrunksThatPutItThere(@TempDir Path dir) throws IOException {
		Path model = Files.writeString(dir.resolve("misplaced.netreview"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<topology:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:topology="https://netreview.github.io/2026/topology" id="n" name="Misplaced">
				  <zones id="core" name="Core" kind="CORE"/>
				  <segments id="s10" name="Core servers" vlanId="10" zone="core"/>
				  <devices id="core-sw" name="core-sw" role="SWITCH" manufacturer="Cisco Systems, Inc" zone="core">
				    <interfaces id="core-sw.t1" name="Te1/0/1" mode="TRUNK" allowedVlans="10,40"/>
				  </devices>
				  <devices id="acc" name="acc-sw" role="SWITCH" manufacturer="Cisco Systems, Inc">
				    <interfaces id="acc.up" name="Te1/1/1" mode="TRUNK" allowedVlans="10,40"/>
				    <interfaces id="acc.5" name="Gi1/0/5" accessVlan="10"/>
				  </devices>
				  <devices id="cam" name="cam-lobby" role="CAMERA" manufacturer="Hikvision">
				    <interfaces id="cam.0" name="eth0"/>
				  </devices>
				  <links id="l1" endA="acc.up" endB="core-sw.t1"/>
				  <links id="l2" endA="cam.0" endB="acc.5"/>
				</topology:Network>
				""");
		CliRun run = CliRun.of("check", model.toString());
		assertEquals(1, run.code(), run.out());
		assertTrue(run.out().contains("CRITICAL RESTRICTED_DEVICE_IN_CORE\n  device 'cam-lobby' (cam), made by Hangzhou Hikvision Digital"
				+ " Technology Co., Ltd., is in segment 'Core servers' (s10), a core segment, on the same layer-2 segment as device 'core-sw'"
				+ " (core-sw), because access port Gi1/0/5 of acc-sw is in VLAN 10;"), run.out());
		assertTrue(run.out().contains("  path: cam-lobby[eth0] -> [Gi1/0/5]acc-sw[Te1/1/1] -> [Te1/0/1]core-sw -> segment 'Core servers'"), run.out());
		assertTrue(run.out().contains("  cause: access port Gi1/0/5 of acc-sw is in VLAN 10\n"
				+ "  cause: trunk Te1/1/1 of acc-sw allows VLAN 10 (allowed: 10,40)\n"
				+ "  cause: trunk Te1/0/1 of core-sw allows VLAN 10 (allowed: 10,40)\n"), run.out());
	}
}
