package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;

/**
 * The cables that take restricted devices out and nobody else: the restricted devices cabled to one another form
 * groups, and the cables from a group to the rest of the network are its own when no traffic of others can cross the
 * group (it forwards nothing, or all its cables lead to the same device).
 */
final class OwnCables {

	private OwnCables() {
	}

	/** The own cables of the groups of {@code restricted}, over the cabling {@code index} read. */
	static Set<Link> of(NetworkIndex index, Set<Device> restricted) {
		boolean[] marked = new boolean[index.deviceCount()];
		restricted.forEach(device -> marked[index.indexOf(device)] = true);
		List<int[]> touching = new ArrayList<>();
		Map<Device, Device> group = new IdentityHashMap<>();
		restricted.forEach(device -> group.put(device, device));
		for (int l = 0; l < index.linkCount(); l++) {
			int a = index.linkDevice(l, true);
			int b = index.linkDevice(l, false);
			if (a >= 0 && b >= 0 && a != b && (marked[a] || marked[b]) && index.linkAt(l).isEnabled()) {
				touching.add(new int[] { l, a, b });
				if (marked[a] && marked[b]) {
					group.put(root(group, index.device(a)), root(group, index.device(b)));
				}
			}
		}
		Map<Device, List<Link>> exits = new IdentityHashMap<>();
		Map<Device, Set<Device>> neighbours = new IdentityHashMap<>();
		for (int[] cable : touching) {
			for (int end : new int[] { 1, 2 }) {
				int other = cable[3 - end];
				if (marked[cable[end]] && !marked[other]) {
					Device root = root(group, index.device(cable[end]));
					exits.computeIfAbsent(root, r -> new ArrayList<>()).add(index.linkAt(cable[0]));
					neighbours.computeIfAbsent(root, r -> Collections.newSetFromMap(new IdentityHashMap<>())).add(index.device(other));
				}
			}
		}
		Set<Device> forwarding = Collections.newSetFromMap(new IdentityHashMap<>());
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
