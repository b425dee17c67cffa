package io.github.netreview.analysis.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The engine against the brute-force frame walk, over many random networks. */
class ForwardingOracleTest {

	/** Concrete services to probe; together they hit every kind of atom the random rules create. */
	private static final List<Object[]> PROBES = List.of(new Object[] { Protocol.TCP, 554 }, new Object[] { Protocol.TCP, 80 },
			new Object[] { Protocol.TCP, 5000 }, new Object[] { Protocol.UDP, 554 }, new Object[] { Protocol.UDP, 9999 },
			new Object[] { Protocol.ICMP, 0 }, new Object[] { Protocol.ANY, 0 });

	@Property(tries = 400)
	void everyDeviceReachesTheCoreExactlyWhenTheFrameWalkSaysSo(@ForAll long seed) {
		Network network = RandomTopologies.generate(seed);
		ForwardingAnalysis engine = ForwardingAnalysis.of(NetworkIndex.of(network));
		FrameWalkOracle oracle = new FrameWalkOracle(network);
		for (Device device : network.getDevices()) {
			long[] mask = engine.coreServiceMask(device);
			for (Object[] probe : PROBES) {
				Protocol protocol = (Protocol) probe[0];
				int port = (Integer) probe[1];
				assertEquals(oracle.reachesCore(device, protocol, port), engine.services().contains(mask, protocol, port),
						"seed " + seed + ": " + device.getName() + " to the core on " + protocol + " " + port);
			}
		}
	}

	@Property(tries = 300)
	void everyWitnessPathIsARealPathIntoTheCore(@ForAll long seed) {
		Network network = RandomTopologies.generate(seed);
		AnalysisResult result = new Analyzer(Fixture.TODAY, IeeeRegistry.system()).analyze(network);
		for (Finding finding : result.findings()) {
			if (finding.rule() == Rule.RESTRICTED_PATH_TO_CORE) {
				ForwardingScenariosTest.assertPathIsReal(finding.path());
				assertEquals(finding.subject(), finding.path().get(0));
			}
		}
	}

	/**
	 * Following traffic forward from each sending domain gives the zone matrix that backward runs from the target
	 * domains give, cell by cell, with the same devices on the way.
	 */
	@Property(tries = 300)
	void forwardAndBackwardRunsGiveTheSameZoneMatrix(@ForAll long seed) {
		Network network = RandomTopologies.generate(seed);
		ForwardingAnalysis engine = ForwardingAnalysis.of(NetworkIndex.of(network));
		ZoneMatrix backward = engine.zoneMatrix(0);
		ZoneMatrix forward = engine.zoneMatrix(Integer.MAX_VALUE);
		for (int i = 0; i < backward.zones().size(); i++) {
			assertEquals(List.of(backward.cells()[i]), List.of(forward.cells()[i]), "seed " + seed + ", from " + backward.zones().get(i).getId());
		}
	}
}
