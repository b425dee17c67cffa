package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/** Each kind of proposal for the headquarters example, change by change. */
class HeadquartersProposalsTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());
	private static Map<ProposalKind, Proposal> byKind;
	private static Proposal best;

	@BeforeAll
	static void propose() throws IOException {
		Network hq = ModelFiles.loadNetwork(Path.of("../../examples/hq.netreview"));
		List<Proposal> proposals = new Proposer(ANALYZER).propose(hq);
		best = proposals.get(0);
		byKind = proposals.stream().collect(Collectors.toMap(Proposal::kind, Function.identity()));
	}

	/**
	 * The lobby camera's switch has no way to the CCTV VLAN's recorder but through fw-01: retagged, the camera would
	 * sit on a one-switch stub. Verification judges the camera itself (a member the change moves into the source of
	 * "Cameras stream to the NVR") and finds it cannot reach nvr-01, so isolation is infeasible and says why. Today's
	 * main called it feasible, the flow working.
	 */
	@Test
	void isolationThatStrandsTheLobbyCameraIsInfeasibleForTheCameraItself() {
		Proposal isolate = byKind.get(ProposalKind.ISOLATE);
		assertEquals(List.of(new SetValue("dev-acc-sw-02.Gi1-0-30", "accessVlan", "30", "40"),
				new SetValue("dev-cam-lobby-02.eth0", "addresses", "10.10.30.108/24", "10.10.40.2/24")), isolate.edits(),
				"the port is retagged and the camera gets the first free address of the CCTV prefix");
		assertEquals(List.of("dev-cam-lobby-02"), isolate.verification().removed());
		assertFalse(isolate.feasible());
		assertEquals(List.of("flow-cctv-nvr"), isolate.verification().broken().stream().map(Verification.FlowStatus::id).toList());
		Verification.DeviceFlow camera = isolate.verification().deviceFlows().stream()
				.filter(f -> "flow-cctv-nvr".equals(f.requiredFlow())).findFirst().orElseThrow();
		assertEquals(List.of("dev-cam-lobby-02", "dev-nvr-01", false), List.of(camera.source(), camera.destination(), camera.after()));
		assertTrue(isolate.rationale().contains("no way through switches joins device 'acc-sw-02'"), isolate.rationale());
	}

	@Test
	void denyRulesGoIntoAnAccessListOnTheCoreSwitchInterfaceTheCameraEntersBy() {
		Proposal deny = byKind.get(ProposalKind.DENY_RULE);
		List<String> created = deny.edits().stream().map(ModelEdit::element).toList();
		assertEquals(List.of("dev-core-sw-01-acl", "rule-deny-dev-cam-lobby-02-zone-core-at-dev-core-sw-01.Vlan30",
				"rule-deny-dev-cam-lobby-02-zone-servers-at-dev-core-sw-01.Vlan30"), created);
		assertEquals("NETREVIEW-DENY", ((CreateElement) deny.edits().get(0)).values().get("name"));
		for (ModelEdit rule : deny.edits().subList(1, 3)) {
			assertEquals("dev-core-sw-01.Vlan30", ((CreateElement) rule).values().get("ingress"), "applied inbound on the SVI of the staff VLAN");
		}
		assertEquals(2, deny.cost().rulesAdded());
		ChangeSetDiff diff = deny.diff();
		assertEquals(created, diff.added());
		assertEquals(List.of(), diff.removed());
		assertEquals(List.of(), diff.changed());
		assertTrue(deny.feasible());
	}

	@Test
	void minimumCutIsTheLobbyCameraCableAndCutsOffNobodyElse() {
		Proposal cut = byKind.get(ProposalKind.MINIMUM_CUT);
		assertEquals(List.of(new SetValue("link-dev-cam-lobby-02", "enabled", "true", "false")), cut.edits());
		assertEquals(1, cut.cost().linksDisabled());
		assertEquals(cut.edits(), cut.diff().changed());
		assertEquals(List.of(), cut.diff().added());
		assertEquals(List.of(), cut.verification().collateral());
		assertTrue(cut.feasible());
	}

	@Test
	void theBestProposalIsTheAccessListNowThatIsolationStrandsTheCamera() {
		assertEquals(ProposalKind.DENY_RULE, best.kind());
	}

	@Test
	void insertedFirewallSplitsTheLobbyCameraCableAndDeniesItBothCoreZones() {
		Proposal insert = byKind.get(ProposalKind.INSERT_FIREWALL);
		ChangeSetDiff diff = insert.diff();
		assertEquals(List.of("dev-fw-link-dev-cam-lobby-02", "dev-fw-link-dev-cam-lobby-02.inside", "dev-fw-link-dev-cam-lobby-02.outside",
				"dev-fw-link-dev-cam-lobby-02-policy", "rule-deny-dev-cam-lobby-02-zone-core-at-dev-fw-link-dev-cam-lobby-02",
				"rule-deny-dev-cam-lobby-02-zone-servers-at-dev-fw-link-dev-cam-lobby-02", "link-dev-cam-lobby-02-fw"), diff.added());
		assertEquals(List.of(new SetValue("link-dev-cam-lobby-02", "endB", "dev-acc-sw-02.Gi1-0-30", "dev-fw-link-dev-cam-lobby-02.inside")),
				diff.changed());
		CreateElement inside = (CreateElement) insert.edits().get(1);
		assertEquals("30", inside.values().get("accessVlan"), "the card facing the camera meets it as the switch port did");
		assertTrue(insert.feasible());
	}

	@Test
	void replacementTakesTheMostUsedUnrestrictedCameraAndClearsTheMac() {
		Proposal replace = byKind.get(ProposalKind.REPLACE);
		assertTrue(replace.edits().contains(new SetValue("dev-cam-lobby-02", "manufacturer",
				"Hangzhou Hikvision Digital Technology Co., Ltd.", "Axis Communications AB")));
		assertTrue(replace.edits().stream().anyMatch(e -> e instanceof SetValue s && s.feature().equals("mac") && s.newValue() == null));
		assertEquals(1, replace.cost().devicesReplaced());
		assertFalse(replace.cost().weight() < byKind.get(ProposalKind.ISOLATE).cost().weight());
	}
}
