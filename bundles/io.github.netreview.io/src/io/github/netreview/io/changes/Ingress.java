package io.github.netreview.io.changes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/**
 * The interfaces of a filtering device that traffic from its rules' sources enters by: the interface a rule (or its
 * policy) names, else the one whose subnet holds the source's addresses (on a trunk, its subinterface for that VLAN),
 * else the one from which the source is reached over cables and switches.
 */
final class Ingress {

	/** An interface as IOS names it, and what to say about it (such as that it is a subinterface), or null. */
	record Port(String name, String note) {
	}

	private final Network network;
	private final Map<Interface, List<Link>> links = new HashMap<>();

	Ingress(Network network) {
		this.network = network;
		for (Link link : network.getLinks()) {
			links.computeIfAbsent(link.getEndA(), k -> new ArrayList<>()).add(link);
			links.computeIfAbsent(link.getEndB(), k -> new ArrayList<>()).add(link);
		}
	}

	/** The ports of {@code filter} facing the sources of {@code rules}, in interface order; empty when none is found. */
	List<Port> of(Device filter, List<FirewallRule> rules) {
		Map<Interface, List<Port>> facing = new HashMap<>();
		for (FirewallRule rule : rules) {
			facing(filter, rule).forEach((port, found) -> facing.computeIfAbsent(port, k -> new ArrayList<>()).addAll(found));
		}
		Map<String, Port> ports = new LinkedHashMap<>();
		for (Interface port : filter.getInterfaces()) {
			facing.getOrDefault(port, List.of()).forEach(found -> ports.putIfAbsent(found.name(), found));
		}
		return List.copyOf(ports.values());
	}

	/** The ports of {@code filter} facing one rule's source, each with how IOS names it. */
	private Map<Interface, List<Port>> facing(Device filter, FirewallRule rule) {
		Map<Interface, List<Port>> facing = new LinkedHashMap<>();
		Interface named = named(rule);
		if (named != null && named.getDevice() == filter) {
			facing.put(named, List.of(new Port(named.getName(), null)));
			return facing;
		}
		FlowEndpoint source = rule.getSource();
		if (source == null) {
			return facing;
		}
		List<IpPrefix> prefixes = AclEnds.prefixes(source, network);
		for (Interface port : filter.getInterfaces()) {
			List<Port> found = bySubnet(port, prefixes);
			if (!found.isEmpty()) {
				facing.put(port, found);
			}
		}
		if (facing.isEmpty() && source instanceof Device device) {
			for (Interface port : filter.getInterfaces()) {
				if (reaches(filter, port, device)) {
					facing.put(port, List.of(new Port(port.getName(), null)));
				}
			}
		}
		return facing;
	}

	/** An interface the rule or its policy names through a reference (none does today; a proposal may add one). */
	private static Interface named(FirewallRule rule) {
		for (EObject holder : new EObject[] { rule, rule.eContainer() }) {
			if (holder == null) {
				continue;
			}
			for (EReference reference : holder.eClass().getEAllReferences()) {
				if (!reference.isMany() && !reference.isContainment() && holder.eGet(reference) instanceof Interface port) {
					return port;
				}
			}
		}
		return null;
	}

	/** The port (or on a trunk, its subinterfaces) whose subnet holds one of {@code prefixes}. */
	private List<Port> bySubnet(Interface port, List<IpPrefix> prefixes) {
		List<Port> found = new ArrayList<>();
		for (String text : port.getAddresses()) {
			IpPrefix subnet = IosAddresses.parse(text);
			if (subnet == null || prefixes.stream().noneMatch(p -> p.length() >= subnet.length() && subnet.contains(p))) {
				continue;
			}
			Port facing = port.getMode() == InterfaceMode.TRUNK ? subinterface(port, subnet) : new Port(port.getName(), null);
			if (found.stream().noneMatch(f -> f.name().equals(facing.name()))) {
				found.add(facing);
			}
		}
		return found;
	}

	/** A trunk's address belongs to a subinterface: {@code Gi0/1/0.40} for the segment of VLAN 40 holding it. */
	private Port subinterface(Interface trunk, IpPrefix subnet) {
		for (Segment segment : network.getSegments()) {
			for (String text : segment.getPrefixes()) {
				IpPrefix prefix = IosAddresses.parse(text);
				if (prefix != null && segment.getVlanId() != null && prefix.contains(subnet)) {
					return new Port(trunk.getName() + "." + segment.getVlanId(), IosText.shown(trunk.getName())
							+ " is a trunk with addresses in the model: its subinterface for VLAN " + segment.getVlanId()
							+ " (renumber if it is called otherwise)");
				}
			}
		}
		return new Port(trunk.getName(), IosText.shown(trunk.getName()) + " is a trunk with addresses in the model: apply it on the"
				+ " subinterface for " + IosAddresses.network(subnet.network()));
	}

	/** Whether {@code target} is reached from {@code port} over enabled cables through switches and access points that do not route. */
	private boolean reaches(Device filter, Interface port, Device target) {
		Set<Device> seen = new HashSet<>(Set.of(filter));
		Deque<Device> queue = new ArrayDeque<>();
		enqueue(port, seen, queue);
		while (!queue.isEmpty()) {
			Device device = queue.poll();
			if (device == target) {
				return true;
			}
			if (device.isRouting() || device.getRole() != DeviceRole.SWITCH && device.getRole() != DeviceRole.ACCESS_POINT) {
				continue;
			}
			device.getInterfaces().forEach(card -> enqueue(card, seen, queue));
		}
		return false;
	}

	private void enqueue(Interface card, Set<Device> seen, Deque<Device> queue) {
		for (Link link : links.getOrDefault(card, List.of())) {
			Interface peer = link.getEndA() == card ? link.getEndB() : link.getEndA();
			if (link.isEnabled() && peer != null && peer.getDevice() != null && seen.add(peer.getDevice())) {
				queue.add(peer.getDevice());
			}
		}
	}
}
