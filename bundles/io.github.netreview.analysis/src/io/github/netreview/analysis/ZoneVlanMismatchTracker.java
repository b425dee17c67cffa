package io.github.netreview.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.ZoneVlanMismatches;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Network;

/**
 * The {@code ZONE_VLAN_MISMATCH} findings kept up to date by device: after a cable, port or VLAN edit only the devices
 * the edit can have moved into another segment are looked at again, so a 100,000-device network is not scanned for each.
 */
final class ZoneVlanMismatchTracker {

	/** Each device's mismatch, by its position in the network's device list. */
	private final TreeMap<Integer, Finding> byPosition = new TreeMap<>();

	/** Looks at every device again. */
	void all(Network network, ForwardingAnalysis forwarding) {
		byPosition.clear();
		for (int position = 0; position < network.getDevices().size(); position++) {
			Finding finding = ZoneVlanMismatches.of(network.getDevices().get(position), forwarding);
			if (finding != null) {
				byPosition.put(position, finding);
			}
		}
	}

	/** Looks again at the devices at {@code positions}; whether any mismatch came, went or changed. */
	boolean update(Network network, ForwardingAnalysis forwarding, BitSet positions) {
		boolean changed = false;
		for (int position = positions.nextSetBit(0); position >= 0 && position < network.getDevices().size(); position = positions
				.nextSetBit(position + 1)) {
			Finding finding = ZoneVlanMismatches.of(network.getDevices().get(position), forwarding);
			Finding before = finding == null ? byPosition.remove(position) : byPosition.put(position, finding);
			changed |= finding == null ? before != null : !finding.equals(before);
		}
		return changed;
	}

	/** The mismatches in device order, as {@link ZoneVlanMismatches#of(Network, ForwardingAnalysis)} lists them. */
	List<Finding> findings() {
		return new ArrayList<>(byPosition.values());
	}
}
