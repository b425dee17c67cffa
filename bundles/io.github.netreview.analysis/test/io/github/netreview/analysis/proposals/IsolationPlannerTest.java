package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Isolation that works on real equipment: a camera patched into a staff port of an access switch whose uplink does
 * not carry the CCTV VLAN is moved into that VLAN, the VLAN is added to the trunks between its switch and the
 * recorder's, and its address into the CCTV prefix; verification finds the camera itself reaching the recorder.
 */
class IsolationPlannerTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());

	private final Fixture f = new Fixture();
	private final Device core = f.switchDevice("core");
	private final Device access = f.switchDevice("access");
	private final Device cctv = f.switchDevice("cctv");
	private final Device camera;
	private final Device recorder;
	private final Segment cctvSegment;
	private final Link accessUplink;

	IsolationPlannerTest() {
		Zone coreZone = f.zone("core", ZoneKind.CORE);
		Zone staff = f.zone("staff", ZoneKind.USER);
		Zone surveillance = f.zone("cctv", ZoneKind.SURVEILLANCE);
		f.segment(10, coreZone);
		f.segment(30, staff);
		cctvSegment = f.segment(40, surveillance);
		core.setRouting(true);
		f.b.routedPort(core, "Vlan10", 10, "10.0.10.1/24");
		f.b.routedPort(core, "Vlan30", 30, "10.0.30.1/24");
		f.endpoint("server", DeviceRole.SERVER, "Dell Inc.", core, 10);
		accessUplink = f.trunk(core, access, "30");
		f.trunk(core, cctv, "40");
		recorder = f.endpoint("nvr", DeviceRole.NVR, "Milestone Systems A/S", cctv, 40);
		f.camera("cam-ok", "Axis Communications AB", cctv, 40);
		f.endpoint("ws", DeviceRole.WORKSTATION, "Dell Inc.", access, 30);
		camera = f.camera("cam-lobby", "Hikvision", access, 30);
		f.b.requiredFlow("flow-cctv", "Cameras stream to the NVR", cctvSegment, recorder, NetworkBuilder.service("RTSP", Protocol.TCP, "554"),
				"Recording");
	}

	private Proposal isolate() {
		return new Proposer(ANALYZER).propose(f.network()).stream().filter(p -> p.kind() == ProposalKind.ISOLATE).findFirst().orElseThrow();
	}

	@Test
	void theVlanIsCarriedOnTheTrunksToTheRecordersSwitchAndTheCameraReachesIt() {
		Proposal isolate = isolate();
		List<ModelEdit> edits = isolate.edits();
		Interface cameraPort = f.network().getLinks().stream().filter(l -> l.getEndA().getDevice() == camera).findFirst().orElseThrow().getEndB();
		assertTrue(edits.contains(new SetValue(cameraPort.getId(), "accessVlan", "30", "40")), edits.toString());
		assertTrue(edits.contains(new SetValue(accessUplink.getEndA().getId(), "allowedVlans", "30", "30,40")), edits.toString());
		assertTrue(edits.contains(new SetValue(accessUplink.getEndB().getId(), "allowedVlans", "30", "30,40")), edits.toString());
		assertTrue(isolate.feasible(), isolate.verification().toString());
		Verification.DeviceFlow streams = isolate.verification().deviceFlows().stream()
				.filter(flow -> flow.source().equals(camera.getId()) && "flow-cctv".equals(flow.requiredFlow())).findFirst().orElseThrow();
		assertEquals(List.of(recorder.getId(), false, true), List.of(streams.destination(), streams.before(), streams.after()),
				"the camera that moved reaches the recorder, as verification shows");
		assertEquals(List.of(), isolate.verification().collateral());
	}

	@Test
	void theCameraIsReaddressedIntoTheSegmentsPrefixWithTheFirstFreeAddress() {
		String old = camera.getInterfaces().get(0).getAddresses().get(0);
		assertTrue(isolate().edits().contains(new SetValue(camera.getInterfaces().get(0).getId(), "addresses", old, "10.0.40.1/24")));
	}

	@Test
	void aSegmentWithoutPrefixLeavesTheAddressAndSaysSo() {
		cctvSegment.getPrefixes().clear();
		Proposal isolate = isolate();
		assertTrue(isolate.edits().stream().noneMatch(e -> e instanceof SetValue set && set.feature().equals("addresses")));
		assertTrue(isolate.rationale().contains("keeps its address"), isolate.rationale());
	}
}
