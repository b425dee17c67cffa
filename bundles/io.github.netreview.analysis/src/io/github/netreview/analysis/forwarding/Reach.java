package io.github.netreview.analysis.forwarding;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/** The segments and zones a device can send something to (its own among them), whatever the service, in domain order. */
public record Reach(Set<Segment> segments, Set<Zone> zones) {

	public Reach {
		segments = Collections.unmodifiableSet(new LinkedHashSet<>(segments));
		zones = Collections.unmodifiableSet(new LinkedHashSet<>(zones));
	}
}
