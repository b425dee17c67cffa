package io.github.netreview.analysis.forwarding;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which layer-2 domain each node was in before an edit, each domain told by its lowest node and its segments, so
 * that after a repair (which keeps the nodes) the devices that now start from another domain can be named.
 */
public final class DomainSnapshot {

	private final int[] component;
	private final int[] lowest;
	private final List<Set<Integer>> segments;
	private final boolean[] up;

	private DomainSnapshot(L2Domains domains) {
		component = domains.component.clone();
		lowest = domains.componentMin.clone();
		segments = List.copyOf(domains.componentSegments);
		up = domains.nodeUp.clone();
	}

	/** The domains of {@code analysis} as they are now. */
	public static DomainSnapshot of(ForwardingAnalysis analysis) {
		return new DomainSnapshot(analysis.domains);
	}

	/**
	 * The devices (by their index) with a node that is in another domain in {@code after} (one with another lowest
	 * node: a domain split or joined), is up where it was down or down where it was up, or whose domain has other
	 * segments: among the devices with a node in one of the {@code touched} domains of {@code after}, or among
	 * {@code candidates}, or all devices when that is null.
	 */
	public BitSet devicesMoved(ForwardingAnalysis after, BitSet candidates, BitSet touched) {
		L2Domains domains = after.domains;
		BitSet moved = new BitSet();
		for (int n = 0; n < domains.nodeCount; n++) {
			int d = domains.nodeDevice[n];
			boolean asked = candidates == null || candidates.get(d) || touched.get(domains.component[n]);
			if (asked && !moved.get(d) && changed(n, domains)) {
				moved.set(d);
			}
		}
		return moved;
	}

	private boolean changed(int n, L2Domains after) {
		int was = component[n];
		int is = after.component[n];
		return up[n] != after.nodeUp[n] || lowest[was] != after.componentMin[is]
				|| !Objects.equals(segments.get(was), after.componentSegments.get(is));
	}
}
