package io.github.netreview.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/** What the analysis says about the two example networks, finding by finding. */
class ExampleNetworksAnalysisTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());

	private static Network load(String name) throws IOException {
		return ModelFiles.loadNetwork(Path.of("../../examples").resolve(name));
	}

	private static Map<String, List<String>> rulesByDevice(AnalysisResult result) {
		return result.findings().stream().filter(f -> f.subject() instanceof Device).collect(Collectors.groupingBy(
				f -> ((Device) f.subject()).getName(), TreeMap::new,
				Collectors.mapping(f -> f.rule().name() + (f.waived() ? " (waived)" : ""), Collectors.toList())));
	}

	@Test
	void headquarters() throws IOException {
		Network hq = load("hq.netreview");
		AnalysisResult result = ANALYZER.analyze(hq);
		assertEquals(Map.of(
				"cam-lobby-02", List.of("RESTRICTED_PATH_TO_CORE", "RESTRICTED_ON_SENSITIVE_SITE", "ZONE_VLAN_MISMATCH", "RESTRICTED_DEVICE"),
				"cam-loading-bay-01", List.of("RESTRICTED_ON_SENSITIVE_SITE", "RESTRICTED_CABLED_TO_CORE_INFRA", "RESTRICTED_DEVICE"),
				"cam-entrance-01", List.of("RESTRICTED_ON_SENSITIVE_SITE (waived)", "RESTRICTED_DEVICE"),
				"cam-entrance-02", List.of("RESTRICTED_ON_SENSITIVE_SITE", "RESTRICTED_DEVICE"),
				"cam-car-park-01", List.of("RESTRICTED_ON_SENSITIVE_SITE", "RESTRICTED_DEVICE"),
				"cam-car-park-02", List.of("RESTRICTED_ON_SENSITIVE_SITE", "RESTRICTED_DEVICE"),
				"cam-store-01", List.of("UNCLASSIFIED_CAMERA")), rulesByDevice(result));
		assertEquals(1, result.findings().stream().filter(f -> f.rule() == Rule.WAIVER_EXPIRED).count());
		Classification inferred = result.restricted().stream().filter(c -> c.device().getName().equals("cam-car-park-02")).findFirst().orElseThrow();
		assertEquals(Classification.Basis.MAC_BLOCK, inferred.basis());
		assertTrue(result.catalogVersion().startsWith("NetReview default catalog"));
	}

	@Test
	void headquartersZoneMatrix() throws IOException {
		Network hq = load("hq.netreview");
		ZoneMatrix matrix = ANALYZER.analyze(hq).zoneMatrix();
		assertFalse(matrix.cell(zone(hq, "zone-cctv"), zone(hq, "zone-core")).reachable(), "CCTV is denied everywhere");
		assertFalse(matrix.cell(zone(hq, "zone-internet"), zone(hq, "zone-core")).reachable(), "nothing comes in from the internet");
		ZoneMatrix.Cell browsing = matrix.cell(zone(hq, "zone-staff"), zone(hq, "zone-internet"));
		assertTrue(browsing.reachable());
		assertEquals("TCP 80, 443", browsing.services());
		assertEquals(List.of("core-sw-01", "fw-01", "rtr-edge-01"), browsing.via().stream().map(Device::getName).toList());
		ZoneMatrix.Cell telemetry = matrix.cell(zone(hq, "zone-bms"), zone(hq, "zone-servers"));
		assertTrue(telemetry.reachable());
		assertEquals(List.of("diode-01"), telemetry.via().stream().map(Device::getName).toList());
		assertFalse(matrix.cell(zone(hq, "zone-servers"), zone(hq, "zone-bms")).reachable(), "the diode is one-way");
		assertTrue(matrix.cell(zone(hq, "zone-staff"), zone(hq, "zone-core")).reachable(), "the core switch routes staff and core");
	}

	@Test
	void headquartersZonePolicyJudgesEveryCell() throws IOException {
		Network hq = load("hq.netreview");
		AnalysisResult result = ANALYZER.analyze(hq);
		ZonePolicy policy = result.zonePolicy();
		assertTrue(policy.stated());
		assertEquals(CellState.INTENDED_AND_PRESENT, policy.state(zone(hq, "zone-staff"), zone(hq, "zone-servers")));
		assertEquals(CellState.INTENDED_AND_PRESENT, policy.state(zone(hq, "zone-bms"), zone(hq, "zone-servers")), "through the diode");
		assertEquals(CellState.PRESENT_NOT_INTENDED, policy.state(zone(hq, "zone-staff"), zone(hq, "zone-mgmt")));
		assertEquals(CellState.INTENDED_NOT_PRESENT, policy.state(zone(hq, "zone-mgmt"), zone(hq, "zone-perimeter")), "fw-01 denies it");
		assertEquals(CellState.NEITHER, policy.state(zone(hq, "zone-servers"), zone(hq, "zone-bms")), "the diode is one-way");
		assertEquals(CellState.INTENDED_AND_PRESENT, policy.state(zone(hq, "zone-cctv"), zone(hq, "zone-cctv")));
		List<Finding> violations = result.findings().stream().filter(f -> f.rule() == Rule.CONDUIT_VIOLATION).toList();
		assertEquals(policy.count(CellState.PRESENT_NOT_INTENDED), violations.size());
		Finding staffToManagement = violations.stream()
				.filter(f -> f.elements().equals(List.of(zone(hq, "zone-staff"), zone(hq, "zone-mgmt")))).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, staffToManagement.severity());
		assertTrue(staffToManagement.path().contains(hq.getDevices().stream().filter(d -> d.getName().equals("core-sw-01")).findFirst().orElseThrow()),
				staffToManagement.path().toString());
		assertTrue(staffToManagement.message().contains("no conduit from 'Staff LAN' to 'Network management'"), staffToManagement.message());
	}

	@Test
	void withoutConduitsNoPolicyIsStatedAndNothingIsAViolation() throws IOException {
		Network hq = load("hq.netreview");
		hq.getConduits().clear();
		AnalysisResult result = ANALYZER.analyze(hq);
		assertFalse(result.zonePolicy().stated());
		assertNull(result.zonePolicy().state(zone(hq, "zone-staff"), zone(hq, "zone-mgmt")));
		assertTrue(result.findings().stream().noneMatch(f -> f.rule() == Rule.CONDUIT_VIOLATION));
	}

	@Test
	void aCameraOfTheCctvZoneInTheStaffVlanIsAMismatch() throws IOException {
		Network hq = load("hq.netreview");
		Finding mismatch = ANALYZER.analyze(hq).findings().stream().filter(f -> f.rule() == Rule.ZONE_VLAN_MISMATCH).findFirst().orElseThrow();
		assertEquals("cam-lobby-02", ((Device) mismatch.subject()).getName());
		assertEquals(Severity.WARNING, mismatch.severity());
		assertTrue(mismatch.message().contains("is placed in zone 'CCTV' (zone-cctv), but it is in segment 'Staff' (seg-staff) of zone 'Staff LAN'"),
				mismatch.message());
	}

	@Test
	void regionalOfficeRoutesItsCctvIntoTheWan() throws IOException {
		AnalysisResult result = ANALYZER.analyze(load("regional-office.netreview"));
		List<Finding> paths = result.findings().stream().filter(f -> f.rule() == Rule.RESTRICTED_PATH_TO_CORE).toList();
		assertEquals(List.of("leeds-ap-01", "leeds-cam-01", "leeds-cam-02", "leeds-nvr-01"),
				paths.stream().map(f -> ((Device) f.subject()).getName()).toList());
		assertTrue(paths.stream().allMatch(f -> f.path().contains(device(f, "rtr-leeds-01"))));
	}

	private static Device device(Finding finding, String name) {
		Network network = (Network) finding.subject().eContainer();
		return network.getDevices().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Zone zone(Network network, String id) {
		return network.getZones().stream().filter(z -> z.getId().equals(id)).findFirst().orElseThrow();
	}
}
