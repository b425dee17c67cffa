package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Two access switches, each with three restricted cameras patched into the staff VLAN beside users and innocent
 * cameras recording to a recorder at the core switch. Disabling the two uplinks is the smallest cut, and on today's main it was the best proposal, cutting
 * every user and innocent camera off the rest of the network; now only the restricted cameras' own cables are cut,
 * and the uplink cut, verified, is infeasible with whom it cuts off listed.
 */
class MinimumCutPlannerTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());

	private final Fixture f = new Fixture();
	private final Link[] uplinks = new Link[2];

	MinimumCutPlannerTest() {
		Zone core = f.zone("core", ZoneKind.CORE);
		f.segment(10, core);
		f.segment(30, f.zone("staff", ZoneKind.USER));
		f.segment(40, f.zone("cctv", ZoneKind.SURVEILLANCE));
		Device coreSwitch = f.switchDevice("core");
		coreSwitch.setRouting(true);
		f.b.routedPort(coreSwitch, "Vlan10", 10, "10.0.10.1/24");
		f.b.routedPort(coreSwitch, "Vlan30", 30, "10.0.30.1/24");
		f.endpoint("server", DeviceRole.SERVER, "Dell Inc.", coreSwitch, 10);
		f.endpoint("nvr", DeviceRole.NVR, "Milestone Systems A/S", coreSwitch, 40);
		for (int s = 0; s < 2; s++) {
			Device access = f.switchDevice("access-" + s);
			uplinks[s] = f.trunk(coreSwitch, access, "30,40");
			for (int c = 0; c < 3; c++) {
				f.camera("cam-" + s + "-" + c, "Hikvision", access, 30);
			}
			f.endpoint("ws-" + s, DeviceRole.WORKSTATION, "Dell Inc.", access, 30);
			f.camera("axis-" + s, "Axis Communications AB", access, 40);
		}
	}

	@Test
	void onlyTheRestrictedCamerasOwnCablesAreCut() {
		List<Proposal> proposals = new Proposer(ANALYZER).propose(f.network());
		Proposal cut = proposals.stream().filter(p -> p.kind() == ProposalKind.MINIMUM_CUT).findFirst().orElseThrow();
		Set<String> disabled = cut.edits().stream().map(ModelEdit::element).collect(Collectors.toSet());
		assertFalse(disabled.contains(uplinks[0].getId()) || disabled.contains(uplinks[1].getId()), "no uplink is cut: " + disabled);
		assertEquals(6, disabled.size(), "one cable per restricted camera");
		assertEquals(List.of(), cut.verification().collateral());
		assertTrue(cut.feasible());
		for (Proposal proposal : proposals) {
			assertTrue(!proposal.feasible() || proposal.verification().collateral().isEmpty(), proposal.id() + " cuts someone off yet ranks feasible");
		}
	}

	@Test
	void theUplinkCutIsInfeasibleAndListsWhomItCutsOff() {
		ProposalFiles.Saved uplinkCut = new ProposalFiles.Saved("net", "minimum-cut", ProposalKind.MINIMUM_CUT, "Disable the uplinks", null,
				List.of(new SetValue(uplinks[0].getId(), "enabled", "true", "false"), new SetValue(uplinks[1].getId(), "enabled", "true", "false")));
		Network network = f.network();
		Proposal verified = new Proposer(ANALYZER).verify(network, uplinkCut);
		assertTrue(verified.verification().effective(), "it does separate the cameras from the core");
		assertFalse(verified.feasible());
		Set<String> cutOff = verified.verification().collateral().stream().map(Verification.Collateral::device).collect(Collectors.toSet());
		assertEquals(Set.of("dev-ws-0", "dev-ws-1", "dev-axis-0", "dev-axis-1"), cutOff, verified.verification().collateral().toString());
		Verification.Collateral user = verified.verification().collateral().stream().filter(c -> c.device().equals("dev-ws-0")).findFirst()
				.orElseThrow();
		assertTrue(user.lost().contains(new Verification.Lost("zone", "zone-core", "core")), user.lost().toString());
		Verification.Collateral camera = verified.verification().collateral().stream().filter(c -> c.device().equals("dev-axis-1"))
				.findFirst().orElseThrow();
		assertEquals(List.of(new Verification.Lost("device", "dev-nvr", "nvr")), camera.lost(), "the same VLAN, but not its recorder");
		assertEquals(4, verified.cost().collateralDevices());

		Proposal allowed = new Proposer(ANALYZER, true).verify(network, uplinkCut);
		assertTrue(allowed.feasible(), "with collateral allowed it can be taken");
		assertEquals(2 + 2 * Cost.LINK_WEIGHT + 4 * Cost.COLLATERAL_WEIGHT, allowed.cost().weight(), "at a heavy cost");
	}
}
