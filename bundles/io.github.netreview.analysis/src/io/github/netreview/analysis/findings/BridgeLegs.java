package io.github.netreview.analysis.findings;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Two segments of different zones that one end host is live in: the pair a bridge-risk finding names, the most
 * telling first (a segment holding restricted devices with a core one, then any core one, then any two).
 */
record BridgeLegs(Segment first, Segment second) {

	/** The legs among {@code segments}, or null when they all lie in one zone. */
	static BridgeLegs among(List<Segment> segments, Set<Segment> restrictedSegments) {
		BridgeLegs any = null;
		BridgeLegs withCore = null;
		for (int i = 0; i < segments.size(); i++) {
			for (int j = i + 1; j < segments.size(); j++) {
				Segment a = segments.get(i);
				Segment b = segments.get(j);
				if (Objects.equals(a.getZone(), b.getZone())) {
					continue;
				}
				BridgeLegs legs = ForwardingAnalysis.isCore(a) ? new BridgeLegs(b, a) : new BridgeLegs(a, b);
				boolean core = ForwardingAnalysis.isCore(legs.second());
				if (core && restrictedSegments.contains(legs.first())) {
					return legs;
				}
				if (core && withCore == null) {
					withCore = legs;
				}
				if (any == null) {
					any = legs;
				}
			}
		}
		return withCore != null ? withCore : any;
	}

	/** "segment 'CCTV' (seg-cctv) of zone 'CCTV'", or "... of no zone". */
	static String describe(Segment segment) {
		Zone zone = segment.getZone();
		return ElementLabels.describe(segment)
				+ (zone == null ? " of no zone" : " of " + (zone.isCore() ? "core " : "") + "zone " + ElementLabels.quotedName(zone));
	}
}
