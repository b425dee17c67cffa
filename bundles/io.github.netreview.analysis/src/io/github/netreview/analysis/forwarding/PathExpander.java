package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.List;

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
	private final WireEdges wires;
	private final DomainTrees trees;

	PathExpander(ForwardingGraph graph, DomainTrees trees) {
		this.graph = graph;
		this.trees = trees;
		this.domains = graph.domains;
		this.index = domains.index;
		this.wires = domains.wires;
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
				Interface port = index.port(domains.nodePort[graph.edgeVia[e]]);
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
				add(hops, index.port(domains.nodePort[current]));
				lastComponent = domains.component[current];
			}
			default -> {
				int wire = graph.edgeVia[e];
				walk(current, wires.a[wire], hops);
				crossWire(wire, hops);
				current = wires.b[wire];
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

	/**
	 * The hops from the device of {@code startNode} along {@code edges}, a chain of two-way wire edges inside its
	 * domain, to the device of the node the chain ends at.
	 */
	List<EObject> along(int startNode, List<Integer> edges) {
		List<EObject> hops = new ArrayList<>();
		add(hops, index.devices[domains.nodeDevice[startNode]]);
		int node = startNode;
		for (int edge : edges) {
			int next = wires.other(edge, node);
			step(edge, node, next, hops);
			node = next;
		}
		add(hops, index.devices[domains.nodeDevice[node]]);
		return hops;
	}

	/** Adds the hops from node {@code from} to node {@code to} of the same domain. */
	private void walk(int from, int to, List<EObject> hops) {
		DomainTrees.Tree tree = trees.of(to);
		int node = from;
		while (node != to) {
			int edge = tree.toward(node);
			if (edge < 0) {
				return; // not connected inside the domain: cannot happen for nodes of one domain
			}
			int next = wires.a[edge] == node ? wires.b[edge] : wires.a[edge];
			step(edge, node, next, hops);
			node = next;
		}
	}

	/** Adds the hops of crossing wire edge {@code edge} from {@code node} to {@code next}: a cable, or an SVI inside its switch. */
	private void step(int edge, int node, int next, List<EObject> hops) {
		if (wires.link[edge] >= 0) {
			crossLink(edge, node, next, hops);
		} else {
			add(hops, index.port(domains.nodePort[domains.nodePort[node] >= 0 ? node : next]));
		}
	}

	private void crossWire(int wire, List<EObject> hops) {
		crossLink(wire, wires.a[wire], wires.b[wire], hops);
	}

	private void crossLink(int edge, int fromNode, int toNode, List<EObject> hops) {
		int link = wires.link[edge];
		int fromPort = sidePort(link, fromNode);
		int toPort = index.peer(link, fromPort);
		add(hops, index.port(fromPort));
		add(hops, index.link(link));
		add(hops, index.port(toPort));
		add(hops, index.devices[domains.nodeDevice[toNode]]);
	}

	/** The end of {@code link} that belongs to {@code node}'s device. */
	private int sidePort(int link, int node) {
		if (domains.nodePort[node] >= 0) {
			return domains.nodePort[node];
		}
		return index.portDevice[index.linkA[link]] == domains.nodeDevice[node] ? index.linkA[link] : index.linkB[link];
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
