package io.github.netreview.analysis.forwarding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;

/**
 * Turns a route between domains into the devices, interfaces, links and segment it physically takes: inside a domain
 * it follows a shortest chain of cables and switches, found once per destination attachment and reused.
 */
final class PathExpander {

	private final L2Domains domains;
	private final NetworkIndex index;
	private final ForwardingGraph graph;
	private final int[] adjacencyStart;
	private final int[] adjacency;
	private final Map<Integer, Map<Integer, Integer>> treesByRoot = new HashMap<>();

	PathExpander(ForwardingGraph graph) {
		this.graph = graph;
		this.domains = graph.domains;
		this.index = domains.index;
		adjacencyStart = new int[domains.nodeCount + 1];
		for (int e = 0; e < domains.edgeCount; e++) {
			if (!domains.edgeOneWay[e]) {
				adjacencyStart[domains.edgeA[e] + 1]++;
				adjacencyStart[domains.edgeB[e] + 1]++;
			}
		}
		for (int n = 0; n < domains.nodeCount; n++) {
			adjacencyStart[n + 1] += adjacencyStart[n];
		}
		adjacency = new int[adjacencyStart[domains.nodeCount]];
		int[] fill = Arrays.copyOf(adjacencyStart, domains.nodeCount);
		for (int e = 0; e < domains.edgeCount; e++) {
			if (!domains.edgeOneWay[e]) {
				adjacency[fill[domains.edgeA[e]]++] = e;
				adjacency[fill[domains.edgeB[e]]++] = e;
			}
		}
	}

	/** The hops from the device of {@code startNode} along {@code route} into the domain it ends in. */
	List<EObject> expand(int startNode, List<Integer> route) {
		return expand(startNode, route, -1);
	}

	/**
	 * The hops from the device of {@code startNode} along {@code route}, then inside the last domain to node
	 * {@code endNode} and its device (or to the domain's segment when {@code endNode} is -1).
	 */
	List<EObject> expand(int startNode, List<Integer> route, int endNode) {
		List<EObject> hops = new ArrayList<>();
		add(hops, index.devices[domains.nodeDevice[startNode]]);
		int current = startNode;
		int lastComponent = domains.component[startNode];
		for (int e : route) {
			switch (graph.edgeKind[e]) {
			case ForwardingGraph.ENTER -> {
				walk(current, graph.edgeVia[e], hops);
				Interface port = index.ports[domains.nodePort[graph.edgeVia[e]]];
				Device router = index.devices[domains.nodeDevice[graph.edgeVia[e]]];
				boolean arrived = hops.size() >= 2 && hops.get(hops.size() - 1) == router && hops.get(hops.size() - 2) == port;
				if (!arrived) {
					add(hops, port);
					if (lastDevice(hops) != router) {
						hops.add(router);
					}
				}
			}
			case ForwardingGraph.EXIT -> {
				current = graph.edgeVia[e];
				add(hops, index.ports[domains.nodePort[current]]);
				lastComponent = domains.component[current];
			}
			default -> {
				int wire = graph.edgeVia[e];
				walk(current, domains.edgeA[wire], hops);
				crossWire(wire, hops);
				current = domains.edgeB[wire];
				lastComponent = domains.component[current];
			}
			}
		}
		if (endNode >= 0) {
			walk(current, endNode, hops);
			add(hops, index.devices[domains.nodeDevice[endNode]]);
			return hops;
		}
		int segment = domains.componentSegment[lastComponent];
		if (segment >= 0) {
			add(hops, index.segments[segment]);
		}
		return hops;
	}

	/** Adds the hops from node {@code from} to node {@code to} of the same domain. */
	private void walk(int from, int to, List<EObject> hops) {
		Map<Integer, Integer> tree = treesByRoot.computeIfAbsent(to, this::treeFrom);
		int node = from;
		while (node != to) {
			Integer edge = tree.get(node);
			if (edge == null) {
				return; // not connected inside the domain: cannot happen for nodes of one domain
			}
			int next = domains.edgeA[edge] == node ? domains.edgeB[edge] : domains.edgeA[edge];
			if (domains.edgeLink[edge] >= 0) {
				crossLink(edge, node, next, hops);
			} else {
				add(hops, index.ports[domains.nodePort[domains.nodePort[node] >= 0 ? node : next]]);
			}
			node = next;
		}
	}

	private void crossWire(int wire, List<EObject> hops) {
		crossLink(wire, domains.edgeA[wire], domains.edgeB[wire], hops);
	}

	private void crossLink(int edge, int fromNode, int toNode, List<EObject> hops) {
		int link = domains.edgeLink[edge];
		int fromPort = sidePort(link, fromNode);
		int toPort = index.peer(link, fromPort);
		add(hops, index.ports[fromPort]);
		add(hops, index.links[link]);
		add(hops, index.ports[toPort]);
		add(hops, index.devices[domains.nodeDevice[toNode]]);
	}

	/** The end of {@code link} that belongs to {@code node}'s device. */
	private int sidePort(int link, int node) {
		if (domains.nodePort[node] >= 0) {
			return domains.nodePort[node];
		}
		return index.portDevice[index.linkA[link]] == domains.nodeDevice[node] ? index.linkA[link] : index.linkB[link];
	}

	/** Breadth-first tree of a domain rooted at {@code root}: each node maps to the edge towards the root. */
	private Map<Integer, Integer> treeFrom(int root) {
		Map<Integer, Integer> toward = new HashMap<>();
		toward.put(root, -1);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(root);
		while (!queue.isEmpty()) {
			int node = queue.poll();
			for (int i = adjacencyStart[node]; i < adjacencyStart[node + 1]; i++) {
				int e = adjacency[i];
				int next = domains.edgeA[e] == node ? domains.edgeB[e] : domains.edgeA[e];
				if (!toward.containsKey(next)) {
					toward.put(next, e);
					queue.add(next);
				}
			}
		}
		return toward;
	}

	private static Device lastDevice(List<EObject> hops) {
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (hops.get(i) instanceof Device device) {
				return device;
			}
		}
		return null;
	}

	private static void add(List<EObject> hops, EObject hop) {
		if (hops.isEmpty() || hops.get(hops.size() - 1) != hop) {
			hops.add(hop);
		}
	}
}
