package io.github.netreview.analysis.proposals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;

/**
 * The trunks a VLAN must be added to so that it reaches from one switch to another through switches only: the way
 * with the fewest trunks to extend, over cables that already carry it for free and trunks that can carry it (an
 * access port of another VLAN, a router or firewall on the way, stop it).
 */
final class VlanWay {

	private final Function<Interface, List<Link>> links;
	/** For each set of goals and VLAN, the cable toward the nearest goal from every switch that has a way. */
	private final Map<List<Object>, Map<Device, Link>> towardGoals = new HashMap<>();
	/** Trunks' allowed lists as parsed, by their text. */
	private static final Map<String, VlanList> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

	/** Ways over the cables {@code links} gives for each interface. */
	VlanWay(Function<Interface, List<Link>> links) {
		this.links = links;
	}

	/** A way: the trunk ports that must be given {@code vlan}, in order; empty when it is carried all the way already. */
	record Way(List<Interface> trunksToExtend) {
	}

	/** The cheapest way for {@code vlan} from switch {@code from} to one of {@code goals}, or null when there is none. */
	Way find(Device from, Set<Device> goals, int vlan) {
		Map<Device, Link> toward = towardGoals.computeIfAbsent(List.of(goals, vlan), key -> search(goals, vlan));
		if (!goals.contains(from) && !toward.containsKey(from)) {
			return null;
		}
		List<Interface> trunks = new ArrayList<>();
		for (Device at = from; !goals.contains(at);) {
			Link link = toward.get(at);
			Interface here = link.getEndA().getDevice() == at ? link.getEndA() : link.getEndB();
			Interface there = CoreProblems.peer(link, here);
			for (Interface port : List.of(here, there)) {
				if (carriage(port, vlan) == null) {
					trunks.add(port);
				}
			}
			at = there.getDevice();
		}
		return new Way(trunks);
	}

	/**
	 * From all {@code goals} at once, the fewest trunks to extend to every switch (a breadth-first search where
	 * cables that carry the VLAN cost nothing): for each switch reached, the cable one step nearer a goal.
	 */
	private Map<Device, Link> search(Set<Device> goals, int vlan) {
		Map<Device, Integer> cost = new HashMap<>();
		Map<Device, Link> toward = new HashMap<>();
		Deque<Device> queue = new ArrayDeque<>();
		for (Device goal : goals) {
			cost.put(goal, 0);
			queue.add(goal);
		}
		Set<Device> done = new HashSet<>();
		while (!queue.isEmpty()) {
			Device at = queue.pollFirst();
			if (!done.add(at)) {
				continue;
			}
			for (Interface port : at.getInterfaces()) {
				for (Link link : links.apply(port)) {
					Interface peer = CoreProblems.peer(link, port);
					int step = step(link, port, peer, vlan);
					if (step < 0 || done.contains(peer.getDevice())) {
						continue;
					}
					int next = cost.get(at) + step;
					if (next < cost.getOrDefault(peer.getDevice(), Integer.MAX_VALUE)) {
						cost.put(peer.getDevice(), next);
						toward.put(peer.getDevice(), link);
						if (step == 0) {
							queue.addFirst(peer.getDevice());
						} else {
							queue.addLast(peer.getDevice());
						}
					}
				}
			}
		}
		return toward;
	}

	/** 0 when the cable carries {@code vlan} between two switches already, 1 when both ends are trunks that can, -1 otherwise. */
	private static int step(Link link, Interface port, Interface peer, int vlan) {
		if (peer == null || !link.isEnabled() || link.getDirection() != LinkDirection.BOTH || !port.isEnabled() || !peer.isEnabled()
				|| !switches(peer.getDevice())) {
			return -1;
		}
		String near = carriage(port, vlan);
		String far = carriage(peer, vlan);
		if (near != null && near.equals(far)) {
			return 0;
		}
		boolean extendable = port.getMode() == InterfaceMode.TRUNK && peer.getMode() == InterfaceMode.TRUNK && !"untagged".equals(near)
				&& !"untagged".equals(far);
		return extendable ? 1 : -1;
	}

	/** How a switch port carries {@code vlan}: "untagged", "tagged", or null when it does not. */
	static String carriage(Interface port, int vlan) {
		if (port.getMode() == InterfaceMode.TRUNK) {
			if (port.getNativeVlan() != null && port.getNativeVlan() == vlan) {
				return "untagged";
			}
			return allowed(port).contains(vlan) ? "tagged" : null;
		}
		if (port.getMode() == InterfaceMode.ACCESS) {
			int access = port.getAccessVlan() == null ? 1 : port.getAccessVlan();
			return access == vlan ? "untagged" : null;
		}
		return null;
	}

	/** The trunk's allowed VLANs; a malformed list carries nothing, as the analysis reads it. */
	static VlanList allowed(Interface trunk) {
		String text = trunk.getAllowedVlans() == null ? "" : trunk.getAllowedVlans();
		return PARSED.computeIfAbsent(text, key -> {
			try {
				return VlanList.parse(key);
			} catch (SyntaxException e) {
				return VlanList.parse("none");
			}
		});
	}

	static boolean switches(Device device) {
		return device != null && (device.getRole() == DeviceRole.SWITCH || device.getRole() == DeviceRole.ACCESS_POINT);
	}
}
