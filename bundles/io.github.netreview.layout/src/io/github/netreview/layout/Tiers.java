package io.github.netreview.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Gives each placed box its tier by role and zone; a switch outside the core is distribution when switches farther from
 * the core hang from it, else access.
 */
final class Tiers {

	private Tiers() {
	}

	static Map<Node, Tier> of(LeafGraph graph) {
		Map<Node, Tier> tiers = new HashMap<>();
		for (Node leaf : graph.leaves) {
			tiers.put(leaf, byRole(leaf));
		}
		Map<Node, Integer> depth = depthFromCore(graph, tiers);
		List<Node> distribution = new ArrayList<>();
		for (Node leaf : graph.leaves) {
			if (tiers.get(leaf) == Tier.ACCESS && depth.containsKey(leaf)) {
				int own = depth.get(leaf);
				if (graph.neighbours.get(leaf).stream().anyMatch(n -> tiers.get(n) == Tier.ACCESS && depth.getOrDefault(n, -1) > own)) {
					distribution.add(leaf);
				}
			}
		}
		distribution.forEach(leaf -> tiers.put(leaf, Tier.DISTRIBUTION));
		return tiers;
	}

	private static Tier byRole(Node leaf) {
		if (!(leaf.getElement() instanceof Device device)) {
			return Tier.ENDPOINT;
		}
		Zone zone = device.getZone();
		DeviceRole role = device.getRole();
		if (role == DeviceRole.ROUTER || zone != null && (zone.getKind() == ZoneKind.EXTERNAL || zone.getKind() == ZoneKind.DMZ)) {
			return Tier.OUTSIDE;
		}
		return switch (role) {
		case FIREWALL -> Tier.GATEWAY;
		case DATA_DIODE -> Tier.DISTRIBUTION;
		case SWITCH -> device.isRouting() || zone != null && (zone.isCore() || zone.getKind() == ZoneKind.CORE) ? Tier.CORE : Tier.ACCESS;
		default -> Tier.ENDPOINT;
		};
	}

	/** Hops from the core, gateways and outside through switches, for the switches that are not core. */
	private static Map<Node, Integer> depthFromCore(LeafGraph graph, Map<Node, Tier> tiers) {
		Map<Node, Integer> depth = new HashMap<>();
		Deque<Node> queue = new ArrayDeque<>();
		for (Node leaf : graph.leaves) {
			if (tiers.get(leaf).compareTo(Tier.CORE) <= 0) {
				depth.put(leaf, 0);
				queue.add(leaf);
			}
		}
		while (!queue.isEmpty()) {
			Node at = queue.poll();
			for (Node next : graph.neighbours.get(at)) {
				Tier tier = tiers.get(next);
				if ((tier == Tier.ACCESS || tier == Tier.DISTRIBUTION) && !depth.containsKey(next)) {
					depth.put(next, depth.get(at) + 1);
					queue.add(next);
				}
			}
		}
		return depth;
	}
}
