package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.DiffText.ANALYZER;
import static io.github.netreview.analysis.diff.DiffText.find;
import static io.github.netreview.analysis.diff.DiffText.hq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;

/** Real edits of the example headquarters and of small built networks, and exactly what the review of each says. */
class NetworkDiffTest {

	@Test
	void theSameNetworkChangesNothing() throws IOException {
		NetworkDiff diff = NetworkDiff.of(hq(), hq(), ANALYZER);
		assertTrue(diff.isEmpty());
		assertEquals(diff.baseResult().findings().size(), diff.findings().with(FindingDelta.Status.UNCHANGED).size());
		for (Severity severity : Severity.values()) {
			assertFalse(diff.failsAt(severity));
		}
	}

	@Test
	void aCameraMovedToTheCctvVlanLosesItsPathToTheCore() throws IOException {
		Network now = hq();
		((Interface) find(now, "dev-acc-sw-02.Gi1-0-30")).setAccessVlan(40);
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of("MOVED Device dev-cam-lobby-02: segments segment 'Staff' (seg-staff) -> segment 'CCTV' (seg-cctv)",
				"MOVED Interface dev-acc-sw-02.Gi1-0-30: accessVlan 30 -> 40"), DiffText.elements(diff.elements()));
		assertEquals(List.of("FIXED RESTRICTED_PATH_TO_CORE dev-cam-lobby-02", "FIXED ZONE_VLAN_MISMATCH dev-cam-lobby-02"),
				DiffText.findings(diff.findings()));
		assertTrue(diff.zoneMatrix().isEmpty(), "the staff VLAN still reaches the core: " + DiffText.cells(diff.zoneMatrix()));
		assertFalse(diff.failsAt(Severity.INFO), "only fixes");
	}

	@Test
	void aNewCableGivesARestrictedCameraAPathToTheCore() throws IOException {
		Network now = hq();
		NetworkBuilder builder = new NetworkBuilder(now);
		Device camera = find(now, "dev-cam-entrance-02");
		Interface card = builder.port(camera, "eth1", null);
		builder.link("link-cam-entrance-02-staff", card, builder.accessPort(find(now, "dev-acc-sw-02"), "Gi1/0/41", 30), Medium.COPPER);
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of(
				"MOVED Device dev-cam-entrance-02: segments segment 'CCTV' (seg-cctv) -> segment 'CCTV' (seg-cctv); segment 'Staff' (seg-staff)",
				"ADDED Interface dev-acc-sw-02.Gi1-0-41: name null -> Gi1/0/41; accessVlan null -> 30",
				"ADDED Interface dev-cam-entrance-02.eth1: name null -> eth1",
				"ADDED Link link-cam-entrance-02-staff: endA null -> interface 'cam-entrance-02 eth1' (dev-cam-entrance-02.eth1); "
						+ "endB null -> interface 'acc-sw-02 Gi1/0/41' (dev-acc-sw-02.Gi1-0-41)"),
				DiffText.elements(diff.elements()));
		assertEquals(List.of("NEW RESTRICTED_PATH_TO_CORE dev-cam-entrance-02", "NEW RESTRICTED_DUAL_HOMED dev-cam-entrance-02",
				"NEW ZONE_VLAN_MISMATCH dev-cam-entrance-02"), DiffText.findings(diff.findings()));
		assertEquals(3, diff.findings().worsenedAtLeast(Severity.WARNING).size());
		assertTrue(diff.failsAt(Severity.CRITICAL));
	}

	@Test
	void aRemovedFirewallRuleEmptiesTheCellItOpened() throws IOException {
		Network now = hq();
		EcoreUtil.delete(find(now, "rule-fw-01-30"));
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of("REMOVED FirewallRule rule-fw-01-30: name Staff browse the web -> null; action ALLOW -> null; "
				+ "source zone 'Staff LAN' (zone-staff) -> null; destination zone 'Internet' (zone-internet) -> null; "
				+ "service {protocol=TCP, ports=80,443} -> null"), DiffText.elements(diff.elements()));
		assertEquals(List.of(), DiffText.findings(diff.findings()));
		assertEquals(List.of("zone-staff -> zone-internet: INTENDED_AND_PRESENT (TCP 80, 443) -> INTENDED_NOT_PRESENT (no service)"),
				DiffText.cells(diff.zoneMatrix()));
		MatrixDelta.CellChange cell = diff.zoneMatrix().changes().get(0);
		assertEquals(List.of("dev-core-sw-01", "dev-fw-01", "dev-rtr-edge-01"), cell.before().via());
		assertEquals(List.of("conduit-staff-internet"), cell.after().conduits());
		assertTrue(cell.stateChanged());
		assertFalse(diff.failsAt(Severity.INFO));
	}

	@Test
	void anExpiredWaiverIsANewFindingAndUnwaivesWhatItCovered() throws IOException {
		Network now = hq();
		((Waiver) find(now, "waiver-1")).setExpiry(LocalDate.of(2026, 1, 31));
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of("CHANGED Waiver waiver-1: expiry 2027-06-30 -> 2026-01-31"), DiffText.elements(diff.elements()));
		assertEquals(List.of("NEW WAIVER_EXPIRED waiver-1",
				"CHANGED RESTRICTED_ON_SENSITIVE_SITE dev-cam-entrance-01: WAIVER waived by waiver-1 until 2027-06-30 -> not waived"),
				DiffText.findings(diff.findings()));
		assertEquals(2, diff.findings().worsenedAtLeast(Severity.ERROR).size());
		assertTrue(diff.failsAt(Severity.ERROR));
		assertFalse(diff.failsAt(Severity.CRITICAL));
	}

	@Test
	void aNewConduitMakesAViolationIntended() throws IOException {
		Network now = hq();
		new NetworkBuilder(now).conduit("conduit-staff-mgmt", "Staff manage the switches", find(now, "zone-staff"), find(now, "zone-mgmt"), 3);
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of("ADDED Conduit conduit-staff-mgmt: name null -> Staff manage the switches; fromZone null -> zone 'Staff LAN' "
				+ "(zone-staff); toZone null -> zone 'Network management' (zone-mgmt); securityLevel null -> 3"), DiffText.elements(diff.elements()));
		assertEquals(List.of("FIXED CONDUIT_VIOLATION zone-staff -> zone-mgmt"), DiffText.findings(diff.findings()));
		assertEquals(List.of("zone-staff -> zone-mgmt: PRESENT_NOT_INTENDED (any service) -> INTENDED_AND_PRESENT (any service)"),
				DiffText.cells(diff.zoneMatrix()));
		assertEquals(List.of("conduit-staff-mgmt"), diff.zoneMatrix().changes().get(0).after().conduits());
		assertEquals(1, diff.zoneMatrix().changes().size());
		assertTrue(diff.zoneMatrix().newViolations().isEmpty());
	}

	@Test
	void renamesAndReorderedRulesAreElementChangesOnly() throws IOException {
		Network now = hq();
		((Zone) find(now, "zone-cctv")).setName("Video");
		Device store = find(now, "dev-cam-store-01");
		store.setZone(find(now, "zone-staff"));
		store.setModel("X1");
		now.getDevices().stream().filter(d -> d.getId().equals("dev-fw-01")).findFirst().orElseThrow().getPolicy().getRules().move(0, 3);
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of("CHANGED Zone zone-cctv: name CCTV -> Video",
				"MOVED Device dev-cam-store-01: zone zone 'CCTV' (zone-cctv) -> zone 'Staff LAN' (zone-staff)",
				"CHANGED Device dev-cam-store-01: model null -> X1",
				"CHANGED FirewallPolicy policy-fw-01: rules rule-fw-01-10, rule-fw-01-20, rule-fw-01-30, rule-fw-01-40 -> "
						+ "rule-fw-01-40, rule-fw-01-10, rule-fw-01-20, rule-fw-01-30"),
				DiffText.elements(diff.elements()));
		assertEquals(List.of("NEW ZONE_VLAN_MISMATCH dev-cam-store-01"), DiffText.findings(diff.findings()),
				"the renamed zone's findings read otherwise but are the same findings");
	}

	@Test
	void anUncabledCameraIsACoverageGap() throws IOException {
		Network now = hq();
		EcoreUtil.delete(find(now, "link-dev-cam-reception-01"));
		NetworkDiff diff = NetworkDiff.of(hq(), now, ANALYZER);
		assertEquals(List.of(new CoverageDelta.GapChange(io.github.netreview.analysis.coverage.GapKind.UNCABLED_CAMERAS, 0, 1,
				List.of("dev-cam-reception-01"), List.of())), diff.coverage().changes());
		assertTrue(diff.coverage().completeBefore());
		assertFalse(diff.coverage().completeAfter());
		assertTrue(diff.failsAt(Severity.WARNING));
		assertFalse(diff.failsAt(Severity.ERROR));
	}

	@Test
	void aPathThatGrowsIsTheSameFindingChanged() {
		List<Network> versions = DiffText.pathThatGrows();
		Network base = versions.get(0);
		Network now = versions.get(1);
		NetworkDiff diff = NetworkDiff.of(base, now, ANALYZER);
		FindingDelta.Entry path = diff.findings().with(FindingDelta.Status.CHANGED).get(0);
		assertEquals("CHANGED RESTRICTED_PATH_TO_CORE dev-cam: PATH 11 hops -> 15 hops", DiffText.line(path));
		assertFalse(path.worsened());
		assertEquals(List.of(path), diff.findings().with(FindingDelta.Status.CHANGED));
		assertTrue(diff.findings().with(FindingDelta.Status.NEW).isEmpty() && diff.findings().with(FindingDelta.Status.FIXED).isEmpty());
		assertFalse(diff.failsAt(Severity.INFO));

		FindingDelta back = NetworkDiff.of(now, base, ANALYZER).findings();
		assertEquals("CHANGED RESTRICTED_PATH_TO_CORE dev-cam: PATH 15 hops -> 11 hops", DiffText.line(back.with(FindingDelta.Status.CHANGED).get(0)));
	}

	@Test
	void theSameInputsGiveTheSameReviewInTheSameOrder() throws IOException {
		List<List<String>> runs = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Network now = hq();
			((Interface) find(now, "dev-acc-sw-02.Gi1-0-30")).setAccessVlan(40);
			((Waiver) find(now, "waiver-1")).setExpiry(LocalDate.of(2026, 1, 31));
			EcoreUtil.delete(find(now, "rule-fw-01-30"));
			EcoreUtil.delete(find(now, "link-dev-cam-reception-01"));
			runs.add(DiffText.all(NetworkDiff.of(hq(), now, ANALYZER)));
		}
		assertEquals(runs.get(0), runs.get(1));
		assertEquals(runs.get(0), runs.get(2));
		assertTrue(runs.get(0).size() > 8, runs.get(0).toString());
	}
}
