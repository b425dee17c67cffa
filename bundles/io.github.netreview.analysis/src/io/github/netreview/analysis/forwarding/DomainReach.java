package io.github.netreview.analysis.forwarding;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which domains a sender can send something to from each domain, whatever the service: a forward run for each way
 * the rules see a destination, kept per domain and sender.
 */
final class DomainReach {

	private final ForwardingAnalysis analysis;
	private final Map<ForwardingAnalysis.RouteKey, BitSet> reached = new HashMap<>();
	private Map<BitSet, BitSet> destinations;

	DomainReach(ForwardingAnalysis analysis) {
		this.analysis = analysis;
	}

	/** The domains {@code sender} reaches from domain {@code c}, {@code c} among them. */
	synchronized BitSet from(int c, Party sender) {
		return reached.computeIfAbsent(new ForwardingAnalysis.RouteKey(c, sender), key -> run(c, sender));
	}

	private BitSet run(int c, Party sender) {
		BitSet source = analysis.policies.sourceSignature(sender);
		BitSet result = new BitSet();
		result.set(c);
		Reachability.Run run = null;
		for (Map.Entry<BitSet, BitSet> group : destinations().entrySet()) {
			BitSet targets = group.getValue();
			run = analysis.reachability.outOf(c, targets, source, group.getKey(), run);
			for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
				if (run.arrives(t)) {
					result.set(t);
				}
			}
		}
		return result;
	}

	/** Every domain, grouped by how the rules see any host in it. */
	private Map<BitSet, BitSet> destinations() {
		if (destinations == null) {
			BitSet all = new BitSet();
			all.set(0, analysis.domains.componentCount);
			destinations = ZoneMatrixBuilder.groupByDestination(analysis, all);
		}
		return destinations;
	}
}
