package io.github.netreview.analysis.forwarding;

import java.util.Set;

import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/** The segments and zones a device can send something to (its own among them), whatever the service. */
public record Reach(Set<Segment> segments, Set<Zone> zones) {

	public Reach {
		segments = Set.copyOf(segments);
		zones = Set.copyOf(zones);
	}
}
