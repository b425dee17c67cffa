package io.github.netreview.analysis.proposals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	private final Map<Interface, List<Link>> links;

	VlanWay(Map<Interface, List<Link>> links) {
		this.links = links;
	}

	/** A way: the trunk ports that must be given {@code vlan}, in order; empty when it is carried all the way already. */
	record Way(List<Interface> trunksToExtend) {
	}

	/** The cheapest way for {@code vlan} from switch {@code from} to one of {@code goals}, or null when there is none. */
	Way find(Device from, Collection<Device> goals, int vlan) {
		Map<Device, Integer> cost = new HashMap<>();
		Map<Device, Link> cameBy = new HashMap<>();
		Deque<Device> queue = new ArrayDeque<>();
		cost.put(from, 0);
		queue.add(from);
		Set<Device> done = new HashSet<>();
		while (!queue.isEmpty()) {
			Device at = queue.pollFirst();
			if (!done.add(at)) {
				continue;
			}
			if (goals.contains(at)) {
				return new Way(trunksOn(at, cameBy, vlan));
			}
			for (Interface port : at.getInterfaces()) {
				for (Link link : links.getOrDefault(port, List.of())) {
					Interface peer = CoreProblems.peer(link, port);
					int step = step(link, port, peer, vlan);
					if (step < 0 || done.contains(peer.getDevice())) {
						continue;
					}
					int next = cost.get(at) + step;
					if (next < cost.getOrDefault(peer.getDevice(), Integer.MAX_VALUE)) {
						cost.put(peer.getDevice(), next);
						cameBy.put(peer.getDevice(), link);
						if (step == 0) {
							queue.addFirst(peer.getDevice());
						} else {
							queue.addLast(peer.getDevice());
						}
					}
				}
			}
		}
		return null;
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
		try {
			return VlanList.parse(trunk.getAllowedVlans());
		} catch (SyntaxException e) {
			return VlanList.parse("none");
		}
	}

	private static List<Interface> trunksOn(Device end, Map<Device, Link> cameBy, int vlan) {
		List<Interface> trunks = new ArrayList<>();
		for (Device at = end; cameBy.containsKey(at);) {
			Link link = cameBy.get(at);
			Interface here = link.getEndA().getDevice() == at ? link.getEndA() : link.getEndB();
			Interface there = CoreProblems.peer(link, here);
			for (Interface port : List.of(there, here)) {
				if (carriage(port, vlan) == null) {
					trunks.add(0, port);
				}
			}
			at = there.getDevice();
		}
		return trunks;
	}

	static boolean switches(Device device) {
		return device != null && (device.getRole() == DeviceRole.SWITCH || device.getRole() == DeviceRole.ACCESS_POINT);
	}
}
