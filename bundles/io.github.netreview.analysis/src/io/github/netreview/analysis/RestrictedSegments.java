package io.github.netreview.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Segment;

/**
 * The segments restricted devices are present in, kept as a count of restricted devices per segment so that an edit
 * touching a few devices updates it for those alone.
 */
final class RestrictedSegments {

	private final Map<Integer, Set<Segment>> byPosition = new HashMap<>();
	private final Map<Segment, Integer> counts = new HashMap<>();

	/** Works the segments out again for every restricted device, by its position in the network. */
	void rebuild(ForwardingAnalysis forwarding, List<Integer> positions, List<Classification> restricted) {
		byPosition.clear();
		counts.clear();
		for (int i = 0; i < positions.size(); i++) {
			update(forwarding, positions.get(i), restricted.get(i));
		}
	}

	/** Works out again the segments of the device at {@code position}: its classification, null when not restricted. */
	void update(ForwardingAnalysis forwarding, int position, Classification restricted) {
		Set<Segment> before = byPosition.remove(position);
		if (before != null) {
			before.forEach(segment -> counts.computeIfPresent(segment, (s, n) -> n == 1 ? null : n - 1));
		}
		if (restricted != null) {
			Set<Segment> now = new HashSet<>(forwarding.segmentsOf(restricted.device()));
			byPosition.put(position, now);
			now.forEach(segment -> counts.merge(segment, 1, Integer::sum));
		}
	}

	Set<Segment> segments() {
		return Set.copyOf(counts.keySet());
	}
}
