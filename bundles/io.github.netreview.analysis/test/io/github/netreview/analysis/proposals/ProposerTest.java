package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.forwarding.FrameWalkOracle;
import io.github.netreview.analysis.forwarding.RandomTopologiesAccess;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every feasible proposal on random networks, applied and checked by the frame-walk oracle (which shares no code
 * with the engine) rather than by the analysis: no restricted device reaches the core, no device the proposal is
 * not meant for loses a segment it reached, and every flow verification says it keeps still carries its traffic.
 */
class ProposerTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());
	/** Concrete services to probe, as the oracle tests do; they hit every kind of atom the random rules create. */
	private static final List<Object[]> PROBES = List.of(new Object[] { Protocol.TCP, 554 }, new Object[] { Protocol.TCP, 80 },
			new Object[] { Protocol.TCP, 5000 }, new Object[] { Protocol.UDP, 554 }, new Object[] { Protocol.UDP, 9999 },
			new Object[] { Protocol.ICMP, 0 }, new Object[] { Protocol.ANY, 0 });

	@Property(tries = 150)
	void everyFeasibleProposalLeavesNoCorePathNoCollateralAndItsFlowsWorking(@ForAll long seed) {
		Network network = RandomTopologiesAccess.generate(seed);
		addRecordingFlows(network, new Random(seed));
		Network original = EcoreUtil.copy(network);
		List<Proposal> proposals = new Proposer(ANALYZER).propose(network);
		assertTrue(EcoreUtil.equals(original, network), "seed " + seed + ": proposing leaves the network as it was");
		FrameWalkOracle before = new FrameWalkOracle(original);
		Map<String, Device> originals = byId(original);
		Map<String, Set<String>> reachedBefore = new HashMap<>();
		for (Proposal proposal : proposals) {
			if (!proposal.feasible()) {
				continue;
			}
			String what = "seed " + seed + ", " + proposal.id();
			Set<String> fixed = new LinkedHashSet<>(proposal.verification().removed());
			ChangeDescription change = ProposalApplier.apply(network, proposal.edits());
			try {
				FrameWalkOracle after = new FrameWalkOracle(network);
				assertNoCorePath(network, after, what);
				for (Device device : network.getDevices()) {
					if (originals.containsKey(device.getId()) && !fixed.contains(device.getId())) {
						Set<String> was = reachedBefore.computeIfAbsent(device.getId(), id -> segments(before, originals.get(id)));
						Set<String> now = segments(after, device);
						assertTrue(now.containsAll(was), what + ": " + device.getId() + " reached " + was + ", now " + now);
					}
				}
				assertKeptFlowsWork(byId(network), originals, proposal.verification(), before, after, what);
			} finally {
				change.apply();
			}
		}
	}

	/** A recording flow to each recorder, from a segment it is in or any, on RTSP, as the model's required flows are. */
	private static void addRecordingFlows(Network network, Random random) {
		int n = 0;
		for (Device device : List.copyOf(network.getDevices())) {
			if (device.getRole() == DeviceRole.NVR && !network.getSegments().isEmpty()) {
				RequiredFlow flow = TopologyFactory.eINSTANCE.createRequiredFlow();
				flow.setId("flow-" + (++n));
				flow.setName("Cameras stream to " + device.getName());
				flow.setSource(network.getSegments().get(random.nextInt(network.getSegments().size())));
				flow.setDestination(device);
				flow.setService(NetworkBuilder.service("RTSP", Protocol.TCP, "554"));
				network.getRequiredFlows().add(flow);
			}
		}
	}

	private static void assertNoCorePath(Network network, FrameWalkOracle oracle, String what) {
		for (Classification restricted : ANALYZER.analyze(network).restricted()) {
			for (Object[] probe : PROBES) {
				assertFalse(oracle.reachesCore(restricted.device(), (Protocol) probe[0], (Integer) probe[1]),
						what + ": " + restricted.device().getId() + " still reaches the core on " + probe[0] + " " + probe[1]);
			}
		}
	}

	/**
	 * The flows verification keeps, walked by the oracle: a member's share of a required flow carries its service; an
	 * inferred flow still carries every probe that got through before.
	 */
	private static void assertKeptFlowsWork(Map<String, Device> now, Map<String, Device> then, Verification verification,
			FrameWalkOracle before, FrameWalkOracle after, String what) {
		for (Verification.DeviceFlow flow : verification.deviceFlows()) {
			if (!flow.after()) {
				continue;
			}
			Device source = now.get(flow.source());
			Device destination = now.get(flow.destination());
			if (flow.inferred()) {
				for (Object[] probe : PROBES) {
					boolean was = before.reachesDevice(then.get(flow.source()), then.get(flow.destination()), (Protocol) probe[0],
							(Integer) probe[1]);
					assertTrue(!was || after.reachesDevice(source, destination, (Protocol) probe[0], (Integer) probe[1]),
							what + ": " + flow + " lost " + probe[0] + " " + probe[1]);
				}
			} else {
				assertTrue(after.reachesDevice(source, destination, Protocol.TCP, 554), what + ": " + flow);
			}
		}
	}

	/** The ids of the segments {@code device} reaches with some probe. */
	private static Set<String> segments(FrameWalkOracle oracle, Device device) {
		Set<String> reached = new LinkedHashSet<>();
		for (Object[] probe : PROBES) {
			oracle.segmentsReached(device, (Protocol) probe[0], (Integer) probe[1]).stream().map(Segment::getId).forEach(reached::add);
		}
		return reached;
	}

	private static Map<String, Device> byId(Network network) {
		return network.getDevices().stream().collect(Collectors.toMap(Device::getId, Function.identity()));
	}
}
