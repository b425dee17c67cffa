package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * The cables that take restricted devices out and nobody else: the restricted devices cabled to one another form
 * groups, and the cables from a group to the rest of the network are its own when no traffic of others can cross the
 * group (it forwards nothing, or all its cables lead to the same device).
 */
final class OwnCables {

	private OwnCables() {
	}

	static Set<Link> of(Network network, Set<Device> restricted) {
		Map<Device, Device> group = new IdentityHashMap<>();
		restricted.forEach(device -> group.put(device, device));
		List<Link> enabled = network.getLinks().stream().filter(OwnCables::live).toList();
		for (Link link : enabled) {
			Device a = link.getEndA().getDevice();
			Device b = link.getEndB().getDevice();
			if (group.containsKey(a) && group.containsKey(b)) {
				group.put(root(group, a), root(group, b));
			}
		}
		Map<Device, List<Link>> exits = new IdentityHashMap<>();
		Map<Device, Set<Device>> neighbours = new IdentityHashMap<>();
		Set<Device> forwarding = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Link link : enabled) {
			for (Interface end : List.of(link.getEndA(), link.getEndB())) {
				Device device = end.getDevice();
				Device other = CoreProblems.peer(link, end).getDevice();
				if (group.containsKey(device) && !group.containsKey(other)) {
					Device root = root(group, device);
					exits.computeIfAbsent(root, r -> new ArrayList<>()).add(link);
					neighbours.computeIfAbsent(root, r -> Collections.newSetFromMap(new IdentityHashMap<>())).add(other);
				}
			}
		}
		for (Device device : restricted) {
			if (MinimumCutPlanner.forwards(device, Set.of())) {
				forwarding.add(root(group, device));
			}
		}
		Set<Link> own = new LinkedHashSet<>();
		exits.forEach((root, links) -> {
			if (!forwarding.contains(root) || neighbours.get(root).size() <= 1) {
				own.addAll(links);
			}
		});
		return own;
	}

	private static boolean live(Link link) {
		return link.isEnabled() && link.getEndA() != null && link.getEndB() != null && link.getEndA().getDevice() != null
				&& link.getEndB().getDevice() != null && link.getEndA().getDevice() != link.getEndB().getDevice();
	}

	private static Device root(Map<Device, Device> group, Device device) {
		Device root = device;
		while (group.get(root) != root) {
			root = group.get(root);
		}
		for (Device at = device; at != root;) {
			Device next = group.get(at);
			group.put(at, root);
			at = next;
		}
		return root;
	}
}
