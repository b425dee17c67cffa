package io.github.netreview.analysis.forwarding;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rules applied inbound on interfaces let into a device from one layer-2 domain: the traffic may enter by any
 * of the device's enabled interfaces in that domain, so what gets past the rules of at least one of them.
 */
final class IngressFilters {

	private final L2Domains domains;
	private final NetworkIndex index;
	private final PolicyIndex policies;
	/** The ports of a device in a domain (key: device and domain), kept: the domains do not change under an analysis. */
	private final Map<Long, int[]> portsIn = new ConcurrentHashMap<>();

	IngressFilters(L2Domains domains, PolicyIndex policies) {
		this.domains = domains;
		this.index = domains.index;
		this.policies = policies;
	}

	/**
	 * The services device {@code d} lets in from domain {@code c} for the given signatures, or null when one of its
	 * interfaces there has no rule applied inbound (everything gets in).
	 */
	long[] allowedFrom(int d, int c, BitSet source, BitSet destination) {
		int[] bound = policies.ingressPorts(d);
		long[] passing = null;
		for (int p : portsIn.computeIfAbsent(((long) d << 32) | c, key -> portsIn(d, c))) {
			if (Arrays.binarySearch(bound, p) < 0) {
				return null;
			}
			long[] through = policies.allowedIn(d, p, source, destination);
			if (passing == null) {
				passing = through;
			} else {
				ServiceMasks.or(passing, through);
			}
		}
		return passing;
	}

	private int[] portsIn(int d, int c) {
		IntList ports = new IntList();
		for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
			if (inDomain(p, c)) {
				ports.add(p);
			}
		}
		return ports.toArray();
	}

	/** Whether port {@code p} has an enabled attachment in domain {@code c}. */
	private boolean inDomain(int p, int c) {
		for (int n = domains.attachStart[p]; n < domains.attachStart[p + 1]; n++) {
			if (domains.nodeUp[n] && domains.component[n] == c) {
				return true;
			}
		}
		return false;
	}
}
