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

	/** Marks a device without a policy among the filters worked out: it lets everything through. */
	private static final long[] UNFILTERED = new long[0];

	private final ForwardingGraph graph;
	private final PolicyIndex policies;
	private final ServiceSpace services;
	private final IngressFilters ingress;
	/** For each edge into a device with rules applied inbound on interfaces, its place among such edges; -1 for the others. */
	private final int[] enteringSlot;
	private final int enteringSlots;

	Reachability(ForwardingGraph graph, PolicyIndex policies) {
		this.graph = graph;
		this.policies = policies;
		this.services = policies.services();
		this.ingress = new IngressFilters(graph.domains, policies);
		enteringSlot = new int[graph.edgeCount];
		int slots = 0;
		for (int e = 0; e < graph.edgeCount; e++) {
			boolean filtered = graph.edgeKind[e] == ForwardingGraph.ENTER && policies.hasIngressRules(graph.nodeDevice[graph.edgeTo[e]]);
			enteringSlot[e] = filtered ? slots++ : -1;
		}
		enteringSlots = slots;
	}

	/**
	 * The result of one run. A backward run holds, per graph node, the services that can still reach a target from
	 * there; a forward run, made from one domain, the services that arrive at each node from it, which is cheaper
	 * when few domains send with a signature and the policies stop their traffic early. Both give the same services
	 * and witness routes for the domains they answer for.
	 */
	final class Run {
		private BitSet source;
		private BitSet destination;
		/** The domain a forward run was made from; -1 for a backward run, which answers for every domain. */
		private int origin;
		private long[] fromOrigin;
		/** The nodes given services and the filters worked out, so that a forward run can be cleared for reuse. */
		private final IntList touched = new IntList();
		private final int words = services.none().length;
		/** The services from node n to a target are reach[n * words .. (n + 1) * words), in one array for all nodes. */
		private final long[] reach;
		/** What each forwarding device lets through, by its graph node less the domains, worked out when first needed. */
		private final long[][] filters;
		/** What each edge into a device with rules applied inbound lets through (by its slot), worked out when first needed. */
		private final long[][] enteringFilters = new long[enteringSlots][];
		/**
		 * The nodes waiting to spread their services, as a ring (each is queued at most once at a time, so a slot per
		 * node suffices), and which are queued; empty again after each run, so a forward run, which is reused, keeps
		 * them, and a backward run, which is kept, drops them.
		 */
		private int[] work;
		private boolean[] queued;

		private Run(BitSet source, BitSet destination, int origin) {
			this.source = source;
			this.destination = destination;
			this.origin = origin;
			reach = new long[graph.nodeCount * words];
			filters = new long[graph.nodeCount - graph.componentCount][];
		}

		/** This run emptied of what the last run put in it, to run again forward from {@code from}. */
		private Run clear(BitSet sourceSignature, BitSet destinationSignature, int from) {
			for (int i = 0; i < touched.size(); i++) {
				int node = touched.get(i);
				if (node < 0) {
					filters[-1 - node] = null;
				} else {
					Arrays.fill(reach, node * words, (node + 1) * words, 0L);
				}
			}
			touched.clear();
			Arrays.fill(enteringFilters, null);
			source = sourceSignature;
			destination = destinationSignature;
			origin = from;
			return this;
		}

		/**
		 * What edge {@code e} lets through, or null when nothing filters it: leaving a device, its policy; entering
		 * one, the rules applied inbound on its interfaces in the domain the traffic comes from.
		 */
		long[] filter(int e) {
			if (graph.edgeKind[e] == ForwardingGraph.ENTER) {
				return entering(e);
			}
			int d = graph.filteringDevice(e);
			if (d < 0) {
				return null;
			}
			int at = graph.edgeFrom[e] - graph.componentCount;
			if (filters[at] == null) {
				filters[at] = policies.hasPolicy(d) ? policies.allowed(d, source, destination) : UNFILTERED;
				if (origin >= 0) {
					touched.add(-1 - at);
				}
			}
			return filters[at] == UNFILTERED ? null : filters[at];
		}

		private long[] entering(int e) {
			int slot = enteringSlot[e];
			if (slot < 0) {
				return null;
			}
			long[] filter = enteringFilters[slot];
			if (filter == null) {
				filter = ingress.allowedFrom(graph.nodeDevice[graph.edgeTo[e]], graph.edgeFrom[e], source, destination);
				enteringFilters[slot] = filter == null ? UNFILTERED : filter;
			}
			return filter == UNFILTERED ? null : filter;
		}

		/** Services from domain {@code c} to a target; empty when none. */
		long[] from(int c) {
			if (origin >= 0) {
				if (c != origin) {
					throw new IllegalArgumentException("a run forward from domain " + origin + " does not answer for " + c);
				}
				return fromOrigin.clone();
			}
			return Arrays.copyOfRange(reach, c * words, (c + 1) * words);
		}

		/** Whether some service is at {@code node}: arrives there from the origin (forward), or gets to a target from there. */
		boolean arrives(int node) {
			for (int w = 0; w < words; w++) {
				if (reach[node * words + w] != 0) {
					return true;
				}
			}
			return false;
		}

		private boolean has(int node, int atom) {
			return (reach[node * words + (atom >>> 6)] & (1L << atom)) != 0;
		}

		/** Adds the services of {@code node} that pass {@code filter} (null: everything) to those of {@code into}. */
		private boolean spread(int node, int into, long[] filter) {
			boolean changed = false;
			for (int w = 0; w < words; w++) {
				long added = reach[node * words + w] & (filter == null ? -1L : filter[w]) & ~reach[into * words + w];
				if (added != 0) {
					reach[into * words + w] |= added;
					changed = true;
				}
			}
			return changed;
		}

		/**
		 * A shortest route of graph edges from domain {@code start} to a target carrying atom {@code atom}, or null.
		 */
		List<Integer> witness(int start, int atom, BitSet targets) {
			if (!has(start, atom)) {
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
					if (cameBy[next] == -2 && has(next, atom)
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
		Run run = new Run(source, destination, -1);
		spread(run, targets.stream().toArray(), false);
		return run;
	}

	/**
	 * Runs the forward fixpoint from domain {@code origin} for the given source and destination signatures, in
	 * {@code reuse} (a forward run that is no longer needed) when not null.
	 */
	Run outOf(int origin, BitSet targets, BitSet source, BitSet destination, Run reuse) {
		Run run = reuse == null ? new Run(source, destination, origin) : reuse.clear(source, destination, origin);
		spread(run, new int[] { origin }, true);
		int words = run.words;
		run.fromOrigin = new long[words];
		for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
			for (int w = 0; w < words; w++) {
				run.fromOrigin[w] |= run.reach[t * words + w];
			}
		}
		return run;
	}

	/** Gives the {@code starts} every service and spreads them along the edges (against them when backward) to a fixpoint. */
	private void spread(Run run, int[] starts, boolean forward) {
		if (run.work == null) {
			run.work = new int[graph.nodeCount];
			run.queued = new boolean[graph.nodeCount];
		}
		int[] work = run.work;
		int head = 0;
		int size = 0;
		boolean[] queued = run.queued;
		long[] everything = services.all();
		for (int start : starts) {
			System.arraycopy(everything, 0, run.reach, start * everything.length, everything.length);
			if (run.origin >= 0) {
				run.touched.add(start);
			}
			work[size++] = start;
			queued[start] = true;
		}
		int[] edgeStart = forward ? graph.outStart : graph.inStart;
		int[] edges = forward ? graph.outEdges : graph.inEdges;
		int[] ends = forward ? graph.edgeTo : graph.edgeFrom;
		while (size > 0) {
			int node = work[head];
			head = head + 1 == work.length ? 0 : head + 1;
			size--;
			queued[node] = false;
			for (int i = edgeStart[node]; i < edgeStart[node + 1]; i++) {
				int e = edges[i];
				int next = ends[e];
				if (run.spread(node, next, run.filter(e)) && !queued[next]) {
					queued[next] = true;
					if (run.origin >= 0) {
						run.touched.add(next);
					}
					work[(head + size++) % work.length] = next;
				}
			}
		}
		if (run.origin < 0) {
			run.work = null;
			run.queued = null;
		}
	}
}
