package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What traffic from each layer-2 domain depends on besides its own wiring: its segments, the routers and diodes
 * attached to it, and the one-way links into and out of it. Taken before and after a repair, so that the nodes of a
 * domain whose context changed are known to need their findings again, whichever side of a split or merge they were
 * on.
 */
final class DomainContext {

	private final L2Domains domains;
	private final int[] attachmentDomain;
	private final boolean[] attachmentUp;
	private final int[] oneWay;
	private final int[] oneWayFrom;
	private final int[] oneWayTo;
	private final int[] segment;
	private final List<Set<Integer>> segments;

	DomainContext(L2Domains domains) {
		this.domains = domains;
		int[] attachments = domains.forwardingAttachments;
		attachmentDomain = new int[attachments.length];
		attachmentUp = new boolean[attachments.length];
		for (int i = 0; i < attachments.length; i++) {
			attachmentDomain[i] = domains.component[attachments[i]];
			attachmentUp[i] = domains.nodeUp[attachments[i]];
		}
		oneWay = domains.oneWayEdges;
		oneWayFrom = new int[oneWay.length];
		oneWayTo = new int[oneWay.length];
		for (int i = 0; i < oneWay.length; i++) {
			oneWayFrom[i] = domains.component[domains.wires.a[oneWay[i]]];
			oneWayTo[i] = domains.component[domains.wires.b[oneWay[i]]];
		}
		segment = Arrays.copyOf(domains.componentSegment, domains.componentCount);
		segments = new ArrayList<>(domains.componentSegments.subList(0, domains.componentCount));
	}

	/** How many domains there were when this was taken. */
	int count() {
		return segment.length;
	}

	/** The context of domain {@code c} as numbered when this was taken. */
	List<Long> of(int c) {
		List<Long> context = new ArrayList<>();
		context.add((long) segment[c]);
		segments.get(c).stream().sorted().forEach(s -> context.add((long) s));
		context.add(-1L);
		for (int i = 0; i < attachmentDomain.length; i++) {
			if (attachmentDomain[i] == c && attachmentUp[i]) {
				context.add((long) domains.forwardingAttachments[i]);
			}
		}
		for (int i = 0; i < oneWay.length; i++) {
			if (oneWayFrom[i] == c || oneWayTo[i] == c) {
				context.add(domains.wires.order[oneWay[i]] * 4 + (oneWayFrom[i] == c ? 1 : 0) + (oneWayTo[i] == c ? 2 : 0));
			}
		}
		return context;
	}
}
