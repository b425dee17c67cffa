package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.NetworkEquipment;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/**
 * The {@link Rule#ZONE_VLAN_MISMATCH} findings: an end host placed in one zone with a card up in a segment of another
 * (network equipment carries many zones' VLANs by design and is left out).
 */
public final class ZoneVlanMismatches {

	private ZoneVlanMismatches() {
	}

	/** Every mismatch of {@code network}, in device order. */
	public static List<Finding> of(Network network, ForwardingAnalysis forwarding) {
		List<Finding> findings = new ArrayList<>();
		for (Device device : network.getDevices()) {
			Finding finding = of(device, forwarding);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/** The mismatch of one device, or null when its segments are all in its zone (or it has no zone). */
	public static Finding of(Device device, ForwardingAnalysis forwarding) {
		if (device.getZone() == null || NetworkEquipment.is(device) || !forwarding.upOutside(device, device.getZone())) {
			return null;
		}
		List<Segment> elsewhere = forwarding.hostSegmentsOf(device).stream()
				.filter(s -> s.getZone() != null && s.getZone() != device.getZone()).toList();
		if (elsewhere.isEmpty()) {
			return null;
		}
		List<String> where = elsewhere.stream().map(s -> describe(s) + " of " + describe(s.getZone())).toList();
		List<EObject> elements = new ArrayList<>(List.of(device, device.getZone()));
		elements.addAll(elsewhere);
		return new Finding(Rule.ZONE_VLAN_MISMATCH, describe(device) + " is placed in " + describe(device.getZone())
				+ ", but it is in " + String.join(" and in ", where) + "; its traffic counts as that zone's", elements,
				List.of(), null, List.of(), null);
	}
}
