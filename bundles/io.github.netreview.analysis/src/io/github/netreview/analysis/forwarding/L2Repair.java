package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the layer-2 domains in place after some ports and links were edited, when the edit leaves the set of
 * nodes as it was (no VLAN appears or disappears on a switch or card): the wire edges of the edited ports and links
 * are made again, a removed edge splits its domain only when a search from both of its ends, stopped as soon as
 * the smaller side is exhausted, shows it was a bridge, and an added edge merges two domains by relabelling the
 * smaller. Domains are then numbered in the order of their lowest node, exactly as a fresh build numbers them.
 */
final class L2Repair {

	/**
	 * What a repair changed: the domains (numbered as after it) that lost, gained or rewired nodes, and the nodes that
	 * were rewired, changed domain or are in a domain whose segments changed.
	 */
	record Change(BitSet touchedDomains, BitSet touchedNodes, Leaves leaves) {
	}

	/**
	 * When every rewired edge hangs a card on the end of a cable or takes it off (the card has no other edge, before
	 * and after), the card of each, and the edge; null otherwise.
	 */
	record Leaves(int[] cards, int[] edges) {
	}

	private final L2Domains domains;
	private final NetworkIndex index;
	private final WireEdges wires;
	private final BitSet touchedNodes = new BitSet();
	/** The domain before the repair of each node relabelled during it. */
	private final Map<Integer, Integer> formerDomain = new HashMap<>();
	private int[] seenA;
	private int[] seenB;
	private int stamp;

	private L2Repair(L2Domains domains) {
		this.domains = domains;
		this.index = domains.index;
		this.wires = domains.wires;
	}

	/** Repairs {@code domains} after the given ports and links were edited, or returns null when it cannot. */
	static Change repair(L2Domains domains, int[] ports, int[] links) {
		L2Repair repair = new L2Repair(domains);
		if (!repair.sameNodes(ports)) {
			return null;
		}
		return repair.run(ports, links);
	}

	private boolean sameNodes(int[] ports) {
		if (!Arrays.equals(domains.universe, index.vlanUniverse)) {
			return false;
		}
		for (int p : ports) {
			int from = domains.attachStart[p];
			int to = domains.attachStart[p + 1];
			if (domains.isAttachment(p) ? !domains.hasVlans(from, to, domains.attachmentVlansOf(p)) : from != to) {
				return false;
			}
			int d = index.portDevice[p];
			if (index.bridges(d)) {
				int[] vlans = domains.bridgeVlansOf(d);
				if (!domains.hasVlans(domains.bridgeStart[d], domains.bridgeStart[d + 1], vlans)) {
					return false;
				}
			}
		}
		return true;
	}

	private Change run(int[] ports, int[] links) {
		DomainContext before = new DomainContext(domains);
		Set<Integer> affectedLinks = new LinkedHashSet<>();
		for (int l : links) {
			affectedLinks.add(l);
		}
		IntList removed = new IntList();
		boolean oneWayChanged = unwire(ports, affectedLinks, removed);
		splitWhereDisconnected(removed);
		int firstNew = wires.count;
		oneWayChanged |= rewire(ports, affectedLinks, firstNew);
		if (oneWayChanged) {
			domains.findOneWayEdges();
		}
		Leaves leaves = oneWayChanged ? null : leaves(removed, firstNew);
		Map<Integer, int[]> nodesByDomain = settleTouchedDomains();
		touchNodesWhoseContextChanged(before, nodesByDomain);
		int[] number = renumber(nodesByDomain.keySet());
		BitSet touchedDomains = new BitSet();
		nodesByDomain.keySet().forEach(c -> touchedDomains.set(number[c]));
		return new Change(touchedDomains, touchedNodes, leaves);
	}

	/**
	 * Takes out the edges of the edited ports (their SVI edges) and of the links at them or edited, collecting the
	 * two-way ones in {@code removed}; also reads the ports' enabled state into their nodes. True when a one-way edge
	 * went.
	 */
	private boolean unwire(int[] ports, Set<Integer> affectedLinks, IntList removed) {
		boolean oneWayChanged = false;
		for (int p : ports) {
			for (int n = domains.attachStart[p]; n < domains.attachStart[p + 1]; n++) {
				domains.nodeUp[n] = index.portEnabled[p];
				touchedNodes.set(n);
				for (int i = wires.degree(n) - 1; i >= 0; i--) {
					int e = wires.edgeAt(n, i);
					if (wires.link[e] < 0) {
						wires.remove(e);
						removed.add(e);
					}
				}
			}
			for (int l : index.linksOf(p)) {
				affectedLinks.add(l);
			}
		}
		for (int l : affectedLinks) {
			for (int e : edgesOf(l)) {
				if (wires.alive[e]) {
					wires.remove(e);
					oneWayChanged |= wires.oneWay[e];
					if (!wires.oneWay[e]) {
						removed.add(e);
					}
				}
			}
		}
		return oneWayChanged;
	}

	/**
	 * Makes the edges of the edited ports and links again (numbered from {@code firstNew}), merging the domains they
	 * join. True when one is one-way.
	 */
	private boolean rewire(int[] ports, Set<Integer> affectedLinks, int firstNew) {
		for (int p : ports) {
			domains.joinSvi(p, null);
		}
		for (int l : affectedLinks) {
			int from = wires.count;
			domains.joinLink(l, null);
			int[] made = new int[wires.count - from];
			Arrays.setAll(made, i -> from + i);
			domains.rejoined.put(l, made);
		}
		boolean oneWay = false;
		for (int e = firstNew; e < wires.count; e++) {
			oneWay |= wires.oneWay[e];
			touch(wires.a[e]);
			touch(wires.b[e]);
			if (!wires.oneWay[e] && domains.component[wires.a[e]] != domains.component[wires.b[e]]) {
				merge(wires.a[e], wires.b[e]);
			}
		}
		return oneWay;
	}

	/** The nodes of each domain a touched node is in, after its lowest node and segments were worked out again. */
	private Map<Integer, int[]> settleTouchedDomains() {
		Map<Integer, int[]> nodesByDomain = new HashMap<>();
		for (int n = touchedNodes.nextSetBit(0); n >= 0; n = touchedNodes.nextSetBit(n + 1)) {
			int c = domains.component[n];
			if (!nodesByDomain.containsKey(c)) {
				int[] nodes = nodesOf(n);
				nodesByDomain.put(c, nodes);
				domains.componentMin[c] = Arrays.stream(nodes).min().getAsInt();
				domains.assignSegment(c, nodes);
			}
		}
		return nodesByDomain;
	}

	/**
	 * Touches the nodes whose domain's context is not what their domain's was before: nodes never relabelled were in
	 * the same-numbered domain before (when it existed), so a domain is compared once for all of them, and only the
	 * relabelled ones one by one.
	 */
	private void touchNodesWhoseContextChanged(DomainContext before, Map<Integer, int[]> nodesByDomain) {
		DomainContext after = new DomainContext(domains);
		for (Map.Entry<Integer, int[]> domain : nodesByDomain.entrySet()) {
			int c = domain.getKey();
			if (c >= before.count() || !before.of(c).equals(after.of(c))) {
				for (int n : domain.getValue()) {
					if (!formerDomain.containsKey(n)) {
						touchedNodes.set(n);
					}
				}
			}
		}
		Map<List<Integer>, Boolean> differs = new HashMap<>();
		for (Map.Entry<Integer, Integer> moved : formerDomain.entrySet()) {
			int n = moved.getKey();
			int c = domains.component[n];
			if (differs.computeIfAbsent(List.of(moved.getValue(), c), k -> !before.of(k.get(0)).equals(after.of(k.get(1))))) {
				touchedNodes.set(n);
			}
		}
	}

	/**
	 * Gives each piece the removed edges cut a domain into a number of its own: the ends of removed edges that still
	 * share a number are each checked against one of them, and whichever side turns out separate is renumbered.
	 */
	private void splitWhereDisconnected(IntList removed) {
		Map<Integer, Integer> representative = new HashMap<>();
		for (int i = 0; i < removed.size() * 2; i++) {
			int e = removed.get(i / 2);
			int end = i % 2 == 0 ? wires.a[e] : wires.b[e];
			touch(end);
			int c = domains.component[end];
			Integer first = representative.putIfAbsent(c, end);
			if (first != null && first != end) {
				split(first, end);
				representative.put(domains.component[first], first);
				representative.put(domains.component[end], end);
			}
		}
	}

	/** The cards the removed and the new edges hang on, when each of them only hangs a card; else null. */
	private Leaves leaves(IntList removed, int firstNew) {
		IntList edges = new IntList();
		for (int i = 0; i < removed.size(); i++) {
			edges.add(removed.get(i));
		}
		for (int e = firstNew; e < wires.count; e++) {
			edges.add(e);
		}
		Map<Integer, Integer> degreeBefore = new HashMap<>();
		for (int i = 0; i < edges.size(); i++) {
			int e = edges.get(i);
			int change = wires.alive[e] ? -1 : 1;
			degreeBefore.merge(wires.a[e], change, Integer::sum);
			degreeBefore.merge(wires.b[e], change, Integer::sum);
		}
		int[] cards = new int[edges.size()];
		for (int i = 0; i < edges.size(); i++) {
			int e = edges.get(i);
			cards[i] = isLeaf(wires.a[e], degreeBefore) ? wires.a[e] : isLeaf(wires.b[e], degreeBefore) ? wires.b[e] : -1;
			if (cards[i] < 0) {
				return null;
			}
		}
		return new Leaves(cards, edges.toArray());
	}

	private boolean isLeaf(int node, Map<Integer, Integer> degreeChange) {
		int after = wires.degree(node);
		return node >= domains.bridgeNodes && after <= 1 && after + degreeChange.get(node) <= 1;
	}

	private int[] edgesOf(int l) {
		int[] again = domains.rejoined.get(l);
		if (again != null) {
			return again;
		}
		int[] made = new int[domains.linkEdgeStart[l + 1] - domains.linkEdgeStart[l]];
		Arrays.setAll(made, i -> domains.linkEdgeStart[l] + i);
		return made;
	}

	private void touch(int node) {
		touchedNodes.set(node);
	}

	private void relabel(int node, int c) {
		formerDomain.putIfAbsent(node, domains.component[node]);
		domains.component[node] = c;
		touchedNodes.set(node);
	}

	private void newStamp() {
		if (domains.seenA == null) {
			domains.seenA = new int[domains.nodeCount];
			domains.seenB = new int[domains.nodeCount];
		}
		seenA = domains.seenA;
		seenB = domains.seenB;
		stamp = ++domains.stamp;
	}

	/**
	 * Searches from both ends of a removed edge, one node each in turn; when one side runs out before meeting the
	 * other, that side has become a domain of its own.
	 */
	private void split(int u, int v) {
		newStamp();
		IntList sideA = new IntList();
		IntList sideB = new IntList();
		sideA.add(u);
		sideB.add(v);
		seenA[u] = stamp;
		seenB[v] = stamp;
		int headA = 0;
		int headB = 0;
		while (true) {
			if (headA == sideA.size()) {
				detach(sideA);
				return;
			}
			if (step(sideA.get(headA++), sideA, seenA, seenB)) {
				return;
			}
			if (headB == sideB.size()) {
				detach(sideB);
				return;
			}
			if (step(sideB.get(headB++), sideB, seenB, seenA)) {
				return;
			}
		}
	}

	/** Expands one node of a side; true when it meets the other side. */
	private boolean step(int node, IntList side, int[] seen, int[] other) {
		for (int i = 0, degree = wires.degree(node); i < degree; i++) {
			int next = wires.other(wires.edgeAt(node, i), node);
			if (other[next] == stamp) {
				return true;
			}
			if (seen[next] != stamp) {
				seen[next] = stamp;
				side.add(next);
			}
		}
		return false;
	}

	private void detach(IntList side) {
		int old = domains.component[side.get(0)];
		int c = newComponent();
		for (int i = 0; i < side.size(); i++) {
			relabel(side.get(i), c);
		}
		domains.componentSize[c] = side.size();
		domains.componentSize[old] -= side.size();
	}

	private int newComponent() {
		int c = domains.componentCount++;
		if (c == domains.componentSize.length) {
			int size = Math.max(16, c * 2);
			domains.componentSize = Arrays.copyOf(domains.componentSize, size);
			domains.componentMin = Arrays.copyOf(domains.componentMin, size);
			domains.componentSegment = Arrays.copyOf(domains.componentSegment, size);
		}
		domains.componentSegment[c] = -1;
		domains.componentSegments.add(Set.of());
		return c;
	}

	/** Joins the domains of {@code u} and {@code v} by relabelling the smaller. */
	private void merge(int u, int v) {
		int cu = domains.component[u];
		int cv = domains.component[v];
		int small = domains.componentSize[cu] <= domains.componentSize[cv] ? u : v;
		int from = domains.component[small];
		int into = small == u ? cv : cu;
		int[] nodes = nodesOf(small);
		for (int n : nodes) {
			relabel(n, into);
		}
		domains.componentSize[into] += nodes.length;
		domains.componentSize[from] = 0;
	}

	/** The nodes of the domain of {@code seed}, by a search that stays inside it. */
	private int[] nodesOf(int seed) {
		newStamp();
		int c = domains.component[seed];
		IntList nodes = new IntList();
		nodes.add(seed);
		seenA[seed] = stamp;
		for (int head = 0; head < nodes.size(); head++) {
			int node = nodes.get(head);
			for (int i = 0, degree = wires.degree(node); i < degree; i++) {
				int next = wires.other(wires.edgeAt(node, i), node);
				if (seenA[next] != stamp && domains.component[next] == c) {
					seenA[next] = stamp;
					nodes.add(next);
				}
			}
		}
		return nodes.toArray();
	}

	/**
	 * Gives every node its domain's new number. New domains usually slot in among the small ones at the end (those
	 * whose lowest node is a card, after every switch's nodes), so only the nodes of domains whose number changes are
	 * found, by a search from each one's lowest node; when those are many, all nodes are renumbered in one pass.
	 */
	private void renumberNodes(int[] number) {
		int[] component = domains.component;
		int moving = 0;
		for (int c = 0; c < number.length; c++) {
			if (number[c] != c && number[c] >= 0) {
				moving += domains.componentSize[c];
			}
		}
		if (moving > component.length / 8) {
			for (int n = 0; n < component.length; n++) {
				component[n] = number[component[n]];
			}
			return;
		}
		List<int[]> nodes = new ArrayList<>();
		IntList renumbered = new IntList();
		for (int c = 0; c < number.length; c++) {
			if (number[c] != c && number[c] >= 0) {
				int lowest = domains.componentMin[c];
				nodes.add(domains.componentSize[c] == 1 ? new int[] { lowest } : nodesOf(lowest));
				renumbered.add(c);
			}
		}
		for (int i = 0; i < nodes.size(); i++) {
			int to = number[renumbered.get(i)];
			for (int n : nodes.get(i)) {
				component[n] = to;
			}
		}
	}

	/**
	 * Numbers the domains in the order of their lowest node, dropping emptied ones, and returns each former number's
	 * new one (-1 for a dropped domain).
	 */
	private int[] renumber(Set<Integer> touched) {
		int count = domains.componentCount;
		// the untouched domains are in the order of their lowest node already; the touched few are sorted and merged in
		IntList kept = new IntList();
		for (int c = 0; c < count; c++) {
			if (domains.componentSize[c] > 0 && !touched.contains(c)) {
				kept.add(c);
			}
		}
		int[] moved = touched.stream().filter(c -> domains.componentSize[c] > 0)
				.sorted((x, y) -> Integer.compare(domains.componentMin[x], domains.componentMin[y])).mapToInt(Integer::intValue).toArray();
		int liveCount = kept.size() + moved.length;
		int[] ordered = new int[liveCount];
		for (int i = 0, k = 0, m = 0; i < liveCount; i++) {
			boolean takeMoved = m < moved.length
					&& (k == kept.size() || domains.componentMin[moved[m]] < domains.componentMin[kept.get(k)]);
			ordered[i] = takeMoved ? moved[m++] : kept.get(k++);
		}
		int[] number = new int[count];
		Arrays.fill(number, -1);
		boolean same = liveCount == count;
		for (int i = 0; i < liveCount; i++) {
			number[ordered[i]] = i;
			same &= ordered[i] == i;
		}
		if (same) {
			return number;
		}
		renumberNodes(number);
		int[] size = new int[liveCount];
		int[] min = new int[liveCount];
		int[] segment = new int[liveCount];
		List<Set<Integer>> segments = new ArrayList<>(liveCount);
		for (int i = 0; i < liveCount; i++) {
			int c = ordered[i];
			size[i] = domains.componentSize[c];
			min[i] = domains.componentMin[c];
			segment[i] = domains.componentSegment[c];
			segments.add(domains.componentSegments.get(c));
		}
		domains.componentSize = size;
		domains.componentMin = min;
		domains.componentSegment = segment;
		domains.componentSegments = segments;
		domains.componentCount = liveCount;
		return number;
	}
}
