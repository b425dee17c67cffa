package io.github.netreview.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Segment;

/**
 * The segments restricted devices are present in, kept as a count of restricted devices per segment so that an edit
 * touching a few devices updates it for those alone.
 */
final class RestrictedSegments {

	private final Map<Integer, Set<Segment>> byPosition = new HashMap<>();
	private final Map<Segment, Integer> counts = new HashMap<>();

	/** Works the segments out again for every restricted device. */
	void rebuild(ForwardingAnalysis forwarding, List<Integer> restricted) {
		byPosition.clear();
		counts.clear();
		restricted.forEach(position -> update(forwarding, position, true));
	}

	/** Works out again the segments of the device at {@code position}, restricted or no longer. */
	void update(ForwardingAnalysis forwarding, int position, boolean restricted) {
		Set<Segment> before = byPosition.remove(position);
		if (before != null) {
			before.forEach(segment -> counts.computeIfPresent(segment, (s, n) -> n == 1 ? null : n - 1));
		}
		if (restricted) {
			Set<Segment> now = forwarding.segmentsOf(List.of(position));
			byPosition.put(position, now);
			now.forEach(segment -> counts.merge(segment, 1, Integer::sum));
		}
	}

	Set<Segment> segments() {
		return Set.copyOf(counts.keySet());
	}
}
