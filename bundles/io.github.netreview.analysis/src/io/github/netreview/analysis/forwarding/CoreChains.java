package io.github.netreview.analysis.forwarding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Works out the layer-2 chain that puts a device in a core domain: a breadth-first search inside the domain to the
 * nearest core equipment (a router's or SVI's attachment, or a device of a core zone), then the hops and the switch
 * configuration along the way.
 */
final class CoreChains {

	/** How many nodes one search looks at, at most. */
	private static final int SEARCHED = 20_000;

	private final ForwardingAnalysis forwarding;
	private final L2Domains domains;
	private final NetworkIndex index;

	CoreChains(ForwardingAnalysis forwarding) {
		this.forwarding = forwarding;
		this.domains = forwarding.domains;
		this.index = forwarding.index;
	}

	/** The chain of {@code device} into the first core domain it is in, or null when it is in none. */
	CoreChain of(Device device) {
		int d = index.indexOf(device);
		if (d < 0) {
			return null;
		}
		for (int start : forwarding.startNodes(d)) {
			int c = domains.component[start];
			if (forwarding.isCoreComponent(c)) {
				Segment segment = forwarding.coreSegmentOf(c);
				List<EObject> path = new ArrayList<>(forwarding.paths.along(start, chainToCoreEquipment(start, d)));
				path.add(segment);
				return new CoreChain(segment, path, configuration(path, segment));
			}
		}
		return null;
	}

	/**
	 * The wire edges from {@code start} to the nearest node of another device that is core equipment, else of
	 * another device's card (a host in the core segment), else of any other device (the switch the device hangs on);
	 * empty when the device is alone. The search looks at {@link #SEARCHED} nodes at most, so that many devices in one
	 * large domain cost little each.
	 */
	private List<Integer> chainToCoreEquipment(int start, int d) {
		Map<Integer, Integer> edgeInto = new HashMap<>();
		edgeInto.put(start, -1);
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
		int firstHost = -1;
		int firstOther = -1;
		WireEdges wires = domains.wires;
		while (!queue.isEmpty() && edgeInto.size() < SEARCHED) {
			int node = queue.poll();
			int owner = domains.nodeDevice[node];
			if (owner != d && domains.nodeUp[node]) {
				if (isCoreEquipment(owner, node)) {
					return edgesTo(node, edgeInto);
				}
				firstHost = firstHost < 0 && node >= domains.bridgeNodes ? node : firstHost;
				firstOther = firstOther < 0 ? node : firstOther;
			}
			for (int i = 0, degree = wires.degree(node); i < degree; i++) {
				int edge = wires.edgeAt(node, i);
				int next = wires.other(edge, node);
				if (edgeInto.putIfAbsent(next, edge) == null) {
					queue.add(next);
				}
			}
		}
		int end = firstHost >= 0 ? firstHost : firstOther;
		return end < 0 ? List.of() : edgesTo(end, edgeInto);
	}

	/** The edges from the search's start to {@code node}, in order. */
	private List<Integer> edgesTo(int node, Map<Integer, Integer> edgeInto) {
		List<Integer> edges = new ArrayList<>();
		for (int at = node, edge = edgeInto.get(at); edge >= 0; edge = edgeInto.get(at)) {
			edges.add(edge);
			at = domains.wires.other(edge, at);
		}
		Collections.reverse(edges);
		return edges;
	}

	/** A routing device's interface in the domain, or any node of a device placed in a core zone. */
	private boolean isCoreEquipment(int d, int node) {
		Zone zone = index.devices[d].getZone();
		return node >= domains.bridgeNodes && index.routes(d) || zone != null && zone.isCore();
	}

	/** The access ports and trunks along the chain that carry the core segment's VLAN, in words. */
	private List<String> configuration(List<EObject> path, Segment segment) {
		List<String> lines = new ArrayList<>();
		Integer vlan = segment.getVlanId();
		for (EObject hop : path) {
			if (hop instanceof Interface port && port.getDevice() != null && bridges(port.getDevice())) {
				String line = describe(port, vlan);
				if (line != null && !lines.contains(line)) {
					lines.add(line);
				}
			}
		}
		return lines;
	}

	private boolean bridges(Device device) {
		int d = index.indexOf(device);
		return d >= 0 && index.bridges(d);
	}

	private static String describe(Interface port, Integer vlan) {
		String where = " " + ElementLabels.name(port) + " of " + ElementLabels.name(port.getDevice());
		if (port.getMode() == InterfaceMode.TRUNK) {
			boolean nativeVlan = vlan != null && vlan.equals(port.getNativeVlan());
			String allowed = port.getAllowedVlans() == null || port.getAllowedVlans().isBlank() ? "all" : port.getAllowedVlans();
			return "trunk" + where + (nativeVlan ? " carries VLAN " + vlan + " as its native VLAN"
					: " allows VLAN " + (vlan == null ? "?" : vlan) + " (allowed: " + allowed + ")");
		}
		if (port.getMode() == InterfaceMode.ROUTED) {
			return "SVI" + where + " is in VLAN " + port.getAccessVlan();
		}
		return "access port" + where + (port.getAccessVlan() == null ? " has no VLAN (judged VLAN 1)" : " is in VLAN " + port.getAccessVlan());
	}
}
