package io.github.netreview.editor.diagram.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/** The VLANs a switch's new access port could carry: one segment per VLAN id, those of the switch's site first. */
final class VlanChoices {

	private VlanChoices() {
	}

	static List<Segment> of(Network network, Device sw) {
		List<Segment> tagged = new ArrayList<>(network.getSegments().stream().filter(segment -> segment.getVlanId() != null).toList());
		tagged.sort(Comparator.comparing((Segment segment) -> segment.getSite() != sw.getSite()).thenComparing(Segment::getVlanId));
		Set<Integer> seen = new HashSet<>();
		List<Segment> choices = new ArrayList<>();
		for (Segment segment : tagged) {
			if (seen.add(segment.getVlanId())) {
				choices.add(segment);
			}
		}
		return choices;
	}
}
