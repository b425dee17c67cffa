package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;

/**
 * Layer-2 broadcast domains. A node is a bridging device in one VLAN or one layer-3 attachment of a port (a routed
 * port, an endpoint's card, a router's subinterface). Links join nodes whose frames meet on the wire (untagged on
 * both ends, or tagged with the same VLAN); a bridging device joins all its ports in a VLAN. One-way links do not
 * join: they become directed edges between domains.
 */
public final class L2Domains {

	private static final int UNTAGGED = 0;

	final NetworkIndex index;
	/** Bridge nodes are 0..bridgeNodes-1, attachment nodes follow. */
	final int bridgeNodes;
	final int nodeCount;
	final int[] nodeDevice;
	final int[] nodePort;
	final short[] nodeVlan;
	final int[] bridgeStart;
	final int[] attachStart;
	/** Whether an attachment can take part in routing (its port is enabled). */
	final boolean[] nodeUp;

	/** The domain of each node; domains are numbered in the order of their lowest node. */
	int[] component;
	int componentCount;
	/** The nodes in each domain, and the lowest of them. */
	int[] componentSize;
	int[] componentMin;
	/** The live one-way wire edges, in the order a fresh build makes them. */
	int[] oneWayEdges;

	/** Wire edges between nodes (a = b over link); one-way edges only lead from a to b. */
	final WireEdges wires;
	/** The edges a fresh build made for link l: linkEdgeStart[l] .. linkEdgeStart[l+1]; links joined again are in rejoined. */
	final int[] linkEdgeStart;
	final Map<Integer, int[]> rejoined = new HashMap<>();
	/** The VLANs trunks carried when the nodes were made. */
	final int[] universe;
	/** The attachment nodes of routing devices and diodes: where packets enter and leave domains. */
	final int[] forwardingAttachments;
	/** The routing devices and diodes, in network order. */
	final int[] forwardingDevices;
	/** Marks for searches over nodes, kept between repairs. */
	int[] seenA;
	int[] seenB;
	int stamp;

	/** The segment of each domain (the most telling one when several meet), -1 when unknown; extra ones beside. */
	int[] componentSegment;
	List<Set<Integer>> componentSegments;
	private List<IpPrefix[]> prefixes;
	/** Each port's place among the trunk ports, only while the domains are first made. */
	private int[] trunkSlots;

	private L2Domains(NetworkIndex index) {
		this.index = index;
		trunkSlots = index.trunkSlots();
		int deviceCount = index.deviceCount();
		int portCount = index.portCount();
		bridgeStart = new int[deviceCount + 1];
		int[][] bridgeVlans = new int[deviceCount][];
		int nodes = 0;
		for (int d = 0; d < deviceCount; d++) {
			bridgeStart[d] = nodes;
			if (index.bridges(d)) {
				bridgeVlans[d] = bridgeVlansOf(d);
				nodes += bridgeVlans[d].length;
			}
		}
		bridgeStart[deviceCount] = nodes;
		bridgeNodes = nodes;
		attachStart = new int[portCount + 1];
		int[][] attachVlans = new int[portCount][];
		for (int p = 0; p < portCount; p++) {
			attachStart[p] = nodes;
			if (isAttachment(p)) {
				attachVlans[p] = attachmentVlansOf(p);
				nodes += attachVlans[p].length;
			}
		}
		attachStart[portCount] = nodes;
		nodeCount = nodes;
		nodeDevice = new int[nodes];
		nodePort = new int[nodes];
		nodeVlan = new short[nodes];
		nodeUp = new boolean[nodes];
		for (int d = 0; d < deviceCount; d++) {
			for (int i = bridgeStart[d]; i < bridgeStart[d + 1]; i++) {
				nodeDevice[i] = d;
				nodePort[i] = -1;
				nodeVlan[i] = (short) bridgeVlans[d][i - bridgeStart[d]];
				nodeUp[i] = true;
			}
		}
		for (int p = 0; p < portCount; p++) {
			for (int i = attachStart[p]; i < attachStart[p + 1]; i++) {
				nodeDevice[i] = index.portDevice[p];
				nodePort[i] = p;
				nodeVlan[i] = (short) attachVlans[p][i - attachStart[p]];
				nodeUp[i] = index.portEnabled[p];
			}
		}
		universe = index.vlanUniverse.clone();
		UnionFind sets = new UnionFind(nodes);
		wires = new WireEdges(nodes);
		joinSwitchedInterfaces(sets);
		linkEdgeStart = new int[index.linkCount + 1];
		for (int l = 0; l < index.linkCount; l++) {
			linkEdgeStart[l] = wires.count;
			joinLink(l, sets);
		}
		linkEdgeStart[index.linkCount] = wires.count;
		wires.trim();
		wires.index();
		component = new int[nodes];
		int[] rootToComponent = new int[nodes];
		Arrays.fill(rootToComponent, -1);
		int components = 0;
		IntList sizes = new IntList();
		IntList lowest = new IntList();
		for (int n = 0; n < nodes; n++) {
			int root = sets.find(n);
			if (rootToComponent[root] < 0) {
				rootToComponent[root] = components++;
				sizes.add(0);
				lowest.add(n);
			}
			component[n] = rootToComponent[root];
		}
		componentCount = components;
		componentSize = sizes.toArray();
		componentMin = lowest.toArray();
		for (int n = 0; n < nodes; n++) {
			componentSize[component[n]]++;
		}
		forwardingAttachments = forwardingAttachments();
		IntList forwarding = new IntList();
		for (int d = 0; d < deviceCount; d++) {
			if (index.routes(d) || index.isDiode(d)) {
				forwarding.add(d);
			}
		}
		forwardingDevices = forwarding.toArray();
		findOneWayEdges();
		componentSegment = new int[components];
		componentSegments = new ArrayList<>(components);
		assignSegments();
		trunkSlots = null;
	}

	private int[] forwardingAttachments() {
		IntList result = new IntList();
		for (int n = bridgeNodes; n < nodeCount; n++) {
			int d = nodeDevice[n];
			if (index.routes(d) || index.isDiode(d)) {
				result.add(n);
			}
		}
		return result.toArray();
	}

	public static L2Domains of(NetworkIndex index) {
		return new L2Domains(index);
	}

	/** The place of port {@code p} among the index's trunk ports, from a table while the domains are first made. */
	private int trunkSlot(int p) {
		return trunkSlots != null ? trunkSlots[p] : index.trunkSlot(p);
	}

	/** Whether nodes {@code from .. to} have exactly the VLANs {@code vlans}, in order. */
	boolean hasVlans(int from, int to, int[] vlans) {
		if (to - from != vlans.length) {
			return false;
		}
		for (int i = 0; i < vlans.length; i++) {
			if (nodeVlan[from + i] != vlans[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether port p is a layer-3 attachment rather than a switch port. */
	boolean isAttachment(int p) {
		int d = index.portDevice[p];
		return !index.bridges(d) || index.portMode[p] == NetworkIndex.ROUTED;
	}

	/** Whether a routed port of a bridging device is an SVI: inside the switch, not cabled. */
	boolean isSvi(int p) {
		int d = index.portDevice[p];
		return index.bridges(d) && index.portMode[p] == NetworkIndex.ROUTED
				&& !index.cabled(p);
	}

	int[] bridgeVlansOf(int d) {
		BitSet vlans = new BitSet();
		for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
			if (isSvi(p) && index.portVlan[p] > 0) {
				vlans.set(index.portVlan[p]);
			} else if (!isAttachment(p)) {
				for (int channel : channelsOf(p)) {
					vlans.set(bridgeVlan(p, channel));
				}
			}
		}
		return vlans.stream().toArray();
	}

	int[] attachmentVlansOf(int p) {
		if (index.portMode[p] != NetworkIndex.TRUNK) {
			return new int[] { index.portVlan[p] };
		}
		int[] channels = channelsOf(p);
		int nativeVlan = index.nativeVlanAt(trunkSlot(p));
		int[] vlans = new int[channels.length];
		for (int i = 0; i < channels.length; i++) {
			vlans[i] = channels[i] == UNTAGGED ? nativeVlan : channels[i];
		}
		return vlans;
	}

	/** The wire channels a port sends and receives on, ascending: 0 for untagged, v for tagged with VLAN v. */
	private int[] channelsOf(int p) {
		if (index.portMode[p] != NetworkIndex.TRUNK) {
			return new int[] { UNTAGGED };
		}
		int[] universe = index.vlanUniverse;
		int[] channels = new int[universe.length + 1];
		int count = 0;
		int slot = trunkSlot(p);
		int nativeVlan = index.nativeVlanAt(slot);
		BitSet allowed = index.allowedVlansAt(slot);
		if (nativeVlan > 0) {
			channels[count++] = UNTAGGED;
		}
		for (int vlan : universe) {
			if (vlan != nativeVlan && (allowed == null || allowed.get(vlan))) {
				channels[count++] = vlan; // the native VLAN travels untagged only
			}
		}
		return Arrays.copyOf(channels, count);
	}

	/** The VLAN a switch port puts frames of {@code channel} into (an access port without a VLAN is in VLAN 1). */
	private int bridgeVlan(int p, int channel) {
		if (index.portMode[p] == NetworkIndex.TRUNK) {
			return channel == UNTAGGED ? index.nativeVlanAt(trunkSlot(p)) : channel;
		}
		return index.portVlan[p] > 0 ? index.portVlan[p] : 1;
	}

	int bridgeNode(int d, int vlan) {
		int from = bridgeStart[d];
		int at = vlan < 0 || vlan > Short.MAX_VALUE ? -1 : Arrays.binarySearch(nodeVlan, from, bridgeStart[d + 1], (short) vlan);
		return at >= 0 ? at : -1;
	}

	/** The node a port's frames on {@code channel} belong to, or -1. */
	private int nodeOf(int p, int channel) {
		if (!isAttachment(p)) {
			return bridgeNode(index.portDevice[p], bridgeVlan(p, channel));
		}
		if (index.portMode[p] != NetworkIndex.TRUNK) {
			return attachStart[p];
		}
		int vlan = channel == UNTAGGED ? index.nativeVlanAt(trunkSlot(p)) : channel;
		for (int n = attachStart[p]; n < attachStart[p + 1]; n++) {
			if (nodeVlan[n] == vlan) {
				return n;
			}
		}
		return -1;
	}

	private void joinSwitchedInterfaces(UnionFind sets) {
		for (int p = 0; p < index.portCount(); p++) {
			joinSvi(p, sets);
		}
	}

	/** Joins an enabled SVI to its switch's VLAN; {@code sets} is null when only the edge is wanted. */
	void joinSvi(int p, UnionFind sets) {
		if (isSvi(p) && index.portEnabled[p]) {
			int bridge = bridgeNode(index.portDevice[p], index.portVlan[p]);
			if (bridge >= 0) {
				if (sets != null) {
					sets.union(attachStart[p], bridge);
				}
				wires.add(attachStart[p], bridge, -1, false, p);
			}
		}
	}

	/** Adds the wire edges of link {@code l}; {@code sets} is null when only the edges are wanted. */
	void joinLink(int l, UnionFind sets) {
		int a = index.linkA[l];
		int b = index.linkB[l];
		if (!index.linkUp[l] || !index.portEnabled[a] || !index.portEnabled[b]) {
			return;
		}
		int[] channelsA = channelsOf(a);
		int[] channelsB = channelsOf(b);
		int i = 0;
		int j = 0;
		while (i < channelsA.length && j < channelsB.length) {
			if (channelsA[i] < channelsB[j]) {
				i++;
			} else if (channelsA[i] > channelsB[j]) {
				j++;
			} else {
				int nodeA = nodeOf(a, channelsA[i]);
				int nodeB = nodeOf(b, channelsB[j]);
				if (nodeA >= 0 && nodeB >= 0) {
					boolean aSends = index.sends(l, a);
					boolean bSends = index.sends(l, b);
					long key = WireEdges.linkOrder(l, channelsA[i]);
					if (aSends && bSends) {
						if (sets != null) {
							sets.union(nodeA, nodeB);
						}
						wires.add(nodeA, nodeB, l, false, key);
					} else if (aSends) {
						wires.add(nodeA, nodeB, l, true, key);
					} else if (bSends) {
						wires.add(nodeB, nodeA, l, true, key);
					}
				}
				i++;
				j++;
			}
		}
	}

	/** Finds the live one-way wire edges again, in the order a fresh build makes them. */
	void findOneWayEdges() {
		IntList result = new IntList();
		for (int e = 0; e < wires.count; e++) {
			if (wires.oneWay[e] && wires.alive[e]) {
				result.add(e);
			}
		}
		oneWayEdges = Arrays.stream(result.toArray()).boxed().sorted((x, y) -> Long.compare(wires.order[x], wires.order[y]))
				.mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Names each domain's segment from the VLANs of its nodes at their sites; a domain without VLANs (a routed
	 * point-to-point link) takes the segment whose prefix holds one of its addresses. Most domains have one segment;
	 * a VLAN leak between two switches gives one domain several, and the most frequent leads.
	 */
	private void assignSegments() {
		Arrays.fill(componentSegment, -1);
		int[] firstCount = new int[componentCount];
		Map<Integer, Map<Integer, Integer>> mixed = new HashMap<>();
		for (int n = 0; n < nodeCount; n++) {
			if (nodeVlan[n] > 0) {
				vote(component[n], index.segmentOf(index.deviceSite[nodeDevice[n]], nodeVlan[n]), firstCount, mixed);
			}
		}
		for (int n = bridgeNodes; n < nodeCount; n++) {
			if (componentSegment[component[n]] < 0 && !index.port(nodePort[n]).getAddresses().isEmpty()) {
				vote(component[n], segmentByAddress(nodePort[n]), firstCount, mixed);
			}
		}
		for (int c = 0; c < componentCount; c++) {
			componentSegments.add(settle(c, mixed.get(c)));
		}
	}

	/** Names the segment of one domain from its nodes, the way {@link #assignSegments()} does for all. */
	void assignSegment(int c, int[] nodes) {
		componentSegment[c] = -1;
		int[] firstCount = new int[componentCount];
		Map<Integer, Map<Integer, Integer>> mixed = new HashMap<>();
		for (int n : nodes) {
			if (nodeVlan[n] > 0) {
				vote(c, index.segmentOf(index.deviceSite[nodeDevice[n]], nodeVlan[n]), firstCount, mixed);
			}
		}
		if (componentSegment[c] < 0) {
			for (int n : Arrays.stream(nodes).sorted().toArray()) {
				if (componentSegment[c] >= 0) {
					break;
				}
				if (n >= bridgeNodes && !index.port(nodePort[n]).getAddresses().isEmpty()) {
					vote(c, segmentByAddress(nodePort[n]), firstCount, mixed);
				}
			}
		}
		componentSegments.set(c, settle(c, mixed.get(c)));
	}

	private Set<Integer> settle(int c, Map<Integer, Integer> tally) {
		if (tally == null) {
			return componentSegment[c] < 0 ? Set.of() : Set.of(componentSegment[c]);
		}
		componentSegment[c] = tally.entrySet().stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey())).get().getKey();
		return Set.copyOf(tally.keySet());
	}

	private void vote(int c, int segment, int[] firstCount, Map<Integer, Map<Integer, Integer>> mixed) {
		if (segment < 0) {
			return;
		}
		Map<Integer, Integer> tally = mixed.get(c);
		if (tally != null) {
			tally.merge(segment, 1, Integer::sum);
		} else if (componentSegment[c] < 0 || componentSegment[c] == segment) {
			componentSegment[c] = segment;
			firstCount[c]++;
		} else {
			tally = new HashMap<>();
			tally.put(componentSegment[c], firstCount[c]);
			tally.put(segment, 1);
			mixed.put(c, tally);
		}
	}

	private List<IpPrefix[]> parsedPrefixes() {
		if (prefixes != null) {
			return prefixes;
		}
		List<IpPrefix[]> result = new ArrayList<>(index.segments.length);
		for (var segment : index.segments) {
			List<IpPrefix> parsed = new ArrayList<>();
			for (String text : segment.getPrefixes()) {
				try {
					parsed.add(IpPrefix.parse(text));
				} catch (SyntaxException e) {
					// reported by the model's validator
				}
			}
			result.add(parsed.toArray(new IpPrefix[0]));
		}
		prefixes = result;
		return result;
	}

	private int segmentByAddress(int p) {
		List<IpPrefix[]> prefixes = parsedPrefixes();
		for (String address : index.port(p).getAddresses()) {
			IpPrefix host;
			try {
				host = IpPrefix.parse(address);
			} catch (SyntaxException e) {
				continue;
			}
			for (int s = 0; s < prefixes.size(); s++) {
				for (IpPrefix prefix : prefixes.get(s)) {
					if (prefix.contains(host)) {
						return s;
					}
				}
			}
		}
		return -1;
	}
}
