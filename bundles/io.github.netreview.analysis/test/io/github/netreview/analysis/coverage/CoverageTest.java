package io.github.netreview.analysis.coverage;

import static io.github.netreview.analysis.Fixture.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** What the analysis could not judge is said, never passed over as an all-clear. */
class CoverageTest {

	private final Fixture f = new Fixture();
	private final Zone staff = f.zone("staff", ZoneKind.USER);
	private final Zone cctv = f.zone("cctv", ZoneKind.SURVEILLANCE);
	private final Device sw = f.switchDevice("sw");

	CoverageTest() {
		f.segment(30, staff);
		f.segment(40, cctv);
	}

	@Test
	void withoutACoreZoneTheVerdictFailsInsteadOfSayingAllClear() {
		Device camera = f.camera("cam", "Hikvision", sw, 30);
		AnalysisResult result = f.analyze();
		Finding noCore = result.findings().stream().filter(x -> x.rule() == Rule.NO_CORE_ZONE).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, noCore.severity());
		assertTrue(noCore.message().contains("none of its 2 zones is a core zone"), noCore.message());
		assertTrue(result.failsAt(Severity.ERROR));
		assertEquals(List.of(GapKind.NO_CORE_ZONE), kinds(result));
		assertFalse(finding(result, Rule.RESTRICTED_PATH_TO_CORE, camera).isPresent());
	}

	@Test
	void anEmptyCoreZoneIsNoCoreEither() {
		f.zone("core", ZoneKind.CORE);
		f.camera("cam", "Axis Communications AB", sw, 30);
		Finding noCore = f.analyze().findings().stream().filter(x -> x.rule() == Rule.NO_CORE_ZONE).findFirst().orElseThrow();
		assertTrue(noCore.message().contains("its core zones ('core') hold no segment and no device"), noCore.message());
		f.segment(10, f.network().getZones().get(2));
		assertTrue(f.analyze().findings().stream().noneMatch(x -> x.rule() == Rule.NO_CORE_ZONE), "a core segment is enough");
	}

	@Test
	void aCleanNetworkIsCompletelyCovered() {
		f.segment(10, f.zone("core", ZoneKind.CORE));
		f.camera("cam", "Axis Communications AB", sw, 40);
		AnalysisResult result = f.analyze();
		assertTrue(result.coverage().complete(), result.coverage().headline());
		assertEquals("coverage complete", result.coverage().headline());
		assertFalse(result.failsAt(Severity.WARNING));
	}

	@Test
	void eachGapIsNamedWithItsElements() {
		f.segment(10, f.zone("core", ZoneKind.CORE));
		Zone unknown = f.zone("building a", ZoneKind.USER);
		unknown.unsetKind();
		Segment unzoned = f.b.segment("seg-77", "VLAN 77", null, f.site, 77);
		Device loose = f.b.device("dev-loose", "loose-cam", DeviceRole.CAMERA, "Axis Communications AB", "P3245", f.site, cctv);
		f.b.nic(loose, "eth0", "00:40:8C:00:00:77", null);
		Device blank = f.endpoint("blank", DeviceRole.SERVER, null, sw, 30);
		blank.getInterfaces().get(0).setMac(null);
		Interface noVlan = f.b.port(sw, "Gi0/9", io.github.netreview.model.topology.InterfaceMode.ACCESS);
		Device printer = f.b.device("dev-prn", "printer", DeviceRole.IOT, "HP Inc.", "M404", f.site, staff);
		f.b.link("link-prn", f.b.nic(printer, "eth0", "00:11:85:00:00:01", null), noVlan, Medium.COPPER);
		Device r1 = f.router("r1");
		Device r2 = f.router("r2");
		f.b.link("link-r", f.b.routedPort(r1, "ge0", 999, "192.0.2.1/30"), f.b.routedPort(r2, "ge0", 999, "192.0.2.2/30"), Medium.FIBER);
		AnalysisResult result = f.analyze();
		assertEquals(List.of(GapKind.UNCLASSIFIABLE_DEVICES, GapKind.UNCABLED_CAMERAS, GapKind.ACCESS_PORTS_WITHOUT_VLAN,
				GapKind.INTERFACES_IN_NO_SEGMENT, GapKind.ZONES_WITHOUT_KIND, GapKind.SEGMENTS_WITHOUT_ZONE), kinds(result));
		assertEquals(List.of(blank), elements(result, GapKind.UNCLASSIFIABLE_DEVICES));
		assertEquals(List.of(loose), elements(result, GapKind.UNCABLED_CAMERAS));
		assertEquals(List.of(noVlan), elements(result, GapKind.ACCESS_PORTS_WITHOUT_VLAN));
		assertEquals(List.of(printer.getInterfaces().get(0), r1.getInterfaces().get(0), r2.getInterfaces().get(0)),
				elements(result, GapKind.INTERFACES_IN_NO_SEGMENT), "VLAN 1, where the port without a VLAN puts the printer, has no segment");
		assertEquals(List.of(unknown), elements(result, GapKind.ZONES_WITHOUT_KIND));
		assertEquals(List.of(unzoned), elements(result, GapKind.SEGMENTS_WITHOUT_ZONE));
		assertTrue(unknown.isCore(), "a zone nobody gave a kind is judged core");
		assertTrue(result.failsAt(Severity.ERROR), "an unclassifiable device fails the default threshold");
		assertEquals(Severity.ERROR, finding(result, Rule.UNCLASSIFIABLE_DEVICE, blank).orElseThrow().severity());
		assertTrue(result.coverage().headline().startsWith("coverage: 6 gaps (1 device has no usable make and no MAC; 1 camera"),
				result.coverage().headline());
	}

	private static List<GapKind> kinds(AnalysisResult result) {
		return result.coverage().gaps().stream().map(Gap::kind).toList();
	}

	private static List<EObject> elements(AnalysisResult result, GapKind kind) {
		return result.coverage().gaps().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow().elements();
	}
}
