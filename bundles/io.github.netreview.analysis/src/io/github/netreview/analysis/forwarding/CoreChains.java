package io.github.netreview.analysis.forwarding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

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
				int end = nearestCoreEquipment(start, d);
				List<EObject> path = new ArrayList<>(end < 0 ? List.of(device) : forwarding.paths.expand(start, List.of(), end));
				path.add(segment);
				return new CoreChain(segment, path, configuration(path, segment));
			}
		}
		return null;
	}

	/**
	 * The node nearest to {@code start} of another device that is core equipment, else of another device's card (a
	 * host in the core segment), else of any other device (the switch the device hangs on), else -1.
	 */
	private int nearestCoreEquipment(int start, int d) {
		BitSet seen = new BitSet();
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(start);
		seen.set(start);
		int firstHost = -1;
		int firstOther = -1;
		WireEdges wires = domains.wires;
		while (!queue.isEmpty()) {
			int node = queue.poll();
			int owner = domains.nodeDevice[node];
			if (owner != d && domains.nodeUp[node]) {
				if (isCoreEquipment(owner, node)) {
					return node;
				}
				if (firstHost < 0 && node >= domains.bridgeNodes) {
					firstHost = node;
				}
				if (firstOther < 0) {
					firstOther = node;
				}
			}
			for (int i = 0, degree = wires.degree(node); i < degree; i++) {
				int next = wires.other(wires.edgeAt(node, i), node);
				if (!seen.get(next)) {
					seen.set(next);
					queue.add(next);
				}
			}
		}
		return firstHost >= 0 ? firstHost : firstOther;
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
		String where = " " + port.getName() + " of " + port.getDevice().getName();
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
