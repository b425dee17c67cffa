package io.github.netreview.analysis.forwarding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which services get from each layer-2 domain to a set of target domains, for sources and destinations with given
 * rule signatures: a backward fixpoint over the forwarding graph where leaving a device keeps only what its policy
 * allows. A forward search over the result gives a shortest witness route.
 */
final class Reachability {

	private final ForwardingGraph graph;
	private final PolicyIndex policies;
	private final ServiceSpace services;

	Reachability(ForwardingGraph graph, PolicyIndex policies) {
		this.graph = graph;
		this.policies = policies;
		this.services = policies.services();
	}

	/** The result of one backward run: per graph node, the services that can still reach a target from there. */
	final class Run {
		final BitSet source;
		final BitSet destination;
		final long[][] reach;
		private final long[][] filters;

		private Run(BitSet source, BitSet destination) {
			this.source = source;
			this.destination = destination;
			reach = new long[graph.nodeCount][];
			filters = new long[graph.nodeCount][];
		}

		long[] filter(int e) {
			int d = graph.filteringDevice(e);
			if (d < 0 || !policies.hasPolicy(d)) {
				return null;
			}
			int node = graph.edgeFrom[e];
			if (filters[node] == null) {
				filters[node] = policies.allowed(d, source, destination);
			}
			return filters[node];
		}

		/** Services from domain {@code c} to a target; empty when none. */
		long[] from(int c) {
			return reach[c] == null ? services.none() : reach[c];
		}

		/**
		 * A shortest route of graph edges from domain {@code start} to a target carrying atom {@code atom}, or null.
		 */
		List<Integer> witness(int start, int atom, BitSet targets) {
			if (reach[start] == null || !ServiceMasks.has(reach[start], atom)) {
				return null;
			}
			int[] cameBy = new int[graph.nodeCount];
			Arrays.fill(cameBy, -2);
			cameBy[start] = -1;
			ArrayDeque<Integer> queue = new ArrayDeque<>();
			queue.add(start);
			while (!queue.isEmpty()) {
				int node = queue.poll();
				if (node < graph.componentCount && targets.get(node)) {
					List<Integer> route = new ArrayList<>();
					for (int at = node; cameBy[at] >= 0; at = graph.edgeFrom[cameBy[at]]) {
						route.add(0, cameBy[at]);
					}
					return route;
				}
				for (int i = graph.outStart[node]; i < graph.outStart[node + 1]; i++) {
					int e = graph.outEdges[i];
					int next = graph.edgeTo[e];
					long[] filter = filter(e);
					if (cameBy[next] == -2 && reach[next] != null && ServiceMasks.has(reach[next], atom)
							&& (filter == null || ServiceMasks.has(filter, atom))) {
						cameBy[next] = e;
						queue.add(next);
					}
				}
			}
			return null;
		}

		/** The services every filter along {@code route} lets through. */
		long[] servicesAlong(List<Integer> route) {
			long[] mask = services.all();
			for (int e : route) {
				long[] filter = filter(e);
				if (filter != null) {
					mask = ServiceMasks.and(mask, filter);
				}
			}
			return mask;
		}
	}

	/** Runs the backward fixpoint from the target domains for the given source and destination signatures. */
	Run towards(BitSet targets, BitSet source, BitSet destination) {
		Run run = new Run(source, destination);
		// a ring of node numbers: each node is queued at most once at a time, so nodeCount slots suffice
		int[] work = new int[graph.nodeCount];
		int head = 0;
		int size = 0;
		boolean[] queued = new boolean[graph.nodeCount];
		for (int c = targets.nextSetBit(0); c >= 0; c = targets.nextSetBit(c + 1)) {
			run.reach[c] = services.all();
			work[size++] = c;
			queued[c] = true;
		}
		long[] everything = services.all();
		while (size > 0) {
			int node = work[head];
			head = head + 1 == work.length ? 0 : head + 1;
			size--;
			queued[node] = false;
			for (int i = graph.inStart[node]; i < graph.inStart[node + 1]; i++) {
				int e = graph.inEdges[i];
				int previous = graph.edgeFrom[e];
				long[] filter = run.filter(e);
				if (run.reach[previous] == null) {
					run.reach[previous] = services.none();
				}
				if (ServiceMasks.orAnd(run.reach[previous], run.reach[node], filter == null ? everything : filter)
						&& !queued[previous]) {
					queued[previous] = true;
					work[(head + size++) % work.length] = previous;
				}
			}
		}
		return run;
	}
}
