package io.github.netreview.analysis.diff;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * What changed between two versions of a network, element by element, matched by id: elements added and removed,
 * moved (a device's or segment's zone or site, an access port's VLAN, the element holding it, the segments an end host
 * is in) and changed (every other attribute and reference, a firewall policy's rule order). Only the network is
 * compared; diagrams are not. Changes come by element type (in the model's order: sites, zones, conduits, segments,
 * devices, interfaces, links, ...), then id in natural order, then kind.
 */
public record ModelDiff(List<ElementChange> changes) {

	/** The feature of a move to another container (an interface to another device, a rule to another policy). */
	public static final String CONTAINER = "container";

	/** The feature of an end host's move between segments, as the analysis places it by its cabling and VLANs. */
	public static final String SEGMENTS = "segments";

	static final Comparator<ElementChange> ORDER = Comparator.comparingInt((ElementChange change) -> typeRank(change.type()))
			.thenComparing(ElementChange::id, NaturalOrder.INSTANCE).thenComparing(ElementChange::kind);

	public ModelDiff {
		changes = List.copyOf(changes);
	}

	/** The element changes from {@code base} to {@code now}, without the segments of end hosts. */
	public static ModelDiff of(Network base, Network now) {
		return of(base, now, null, null);
	}

	/**
	 * The element changes from {@code base} to {@code now}, with the end hosts that moved between segments by the
	 * placements given (the segments each device is a host in, such as the analysis'
	 * {@link io.github.netreview.analysis.forwarding.ForwardingAnalysis#hostSegmentsOf}); null placements skip that.
	 */
	public static ModelDiff of(Network base, Network now, Function<Device, List<Segment>> basePlacement,
			Function<Device, List<Segment>> nowPlacement) {
		List<ElementChange> changes = new ElementComparison(new ElementIndex(base), new ElementIndex(now), basePlacement, nowPlacement)
				.changes();
		changes.sort(ORDER);
		return new ModelDiff(changes);
	}

	/** The changes of {@code kind}, in order. */
	public List<ElementChange> ofKind(ElementChange.Kind kind) {
		return changes.stream().filter(change -> change.kind() == kind).toList();
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	private static int typeRank(String type) {
		int rank = TopologyPackage.eINSTANCE.getEClassifiers().indexOf(TopologyPackage.eINSTANCE.getEClassifier(type));
		return rank < 0 ? Integer.MAX_VALUE : rank;
	}
}
