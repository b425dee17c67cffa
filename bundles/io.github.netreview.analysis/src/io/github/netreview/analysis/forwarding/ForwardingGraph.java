package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How packets move between layer-2 domains: a domain enters a routing device (or data diode) through one of the
 * device's attachments in it and leaves into another domain through another attachment; one-way links lead from one
 * domain straight into another. Nodes 0..componentCount-1 are domains, the rest forwarding devices.
 */
final class ForwardingGraph {

	static final int ENTER = 0;
	static final int EXIT = 1;
	static final int ONE_WAY = 2;

	final L2Domains domains;
	final int componentCount;
	final int nodeCount;
	final int[] nodeDevice;

	final int edgeCount;
	final int[] edgeFrom;
	final int[] edgeTo;
	final int[] edgeKind;
	/** For ENTER and EXIT edges the attachment node used; for ONE_WAY edges the wire edge of the domains. */
	final int[] edgeVia;

	final int[] outStart;
	final int[] outEdges;
	final int[] inStart;
	final int[] inEdges;

	ForwardingGraph(L2Domains domains) {
		this.domains = domains;
		NetworkIndex index = domains.index;
		componentCount = domains.componentCount;
		int[] devices = domains.forwardingDevices;
		nodeCount = componentCount + devices.length;
		nodeDevice = new int[nodeCount];
		Arrays.fill(nodeDevice, -1);
		System.arraycopy(devices, 0, nodeDevice, componentCount, devices.length);
		IntList from = new IntList();
		IntList to = new IntList();
		IntList kind = new IntList();
		IntList via = new IntList();
		Set<Long> seen = new HashSet<>();
		for (int n : domains.forwardingAttachments) {
			int d = domains.nodeDevice[n];
			int deviceNodeId = componentCount + Arrays.binarySearch(domains.forwardingDevices, d);
			if (!domains.nodeUp[n]) {
				continue;
			}
			int c = domains.component[n];
			boolean ingress = !index.isDiode(d) || domains.nodePort[n] == index.ingressOf(d);
			boolean egress = !index.isDiode(d) || domains.nodePort[n] != index.ingressOf(d);
			if (ingress && seen.add(pair(c, deviceNodeId))) {
				add(from, to, kind, via, c, deviceNodeId, ENTER, n);
			}
			if (egress && seen.add(pair(deviceNodeId, c))) {
				add(from, to, kind, via, deviceNodeId, c, EXIT, n);
			}
		}
		for (int e : domains.oneWayEdges) {
			int a = domains.component[domains.wires.a[e]];
			int b = domains.component[domains.wires.b[e]];
			if (a != b && seen.add(pair(a, b))) {
				add(from, to, kind, via, a, b, ONE_WAY, e);
			}
		}
		edgeCount = from.size();
		edgeFrom = from.toArray();
		edgeTo = to.toArray();
		edgeKind = kind.toArray();
		edgeVia = via.toArray();
		outStart = new int[nodeCount + 1];
		inStart = new int[nodeCount + 1];
		outEdges = new int[edgeCount];
		inEdges = new int[edgeCount];
		compress(edgeFrom, outStart, outEdges);
		compress(edgeTo, inStart, inEdges);
	}

	private static long pair(int a, int b) {
		return ((long) a << 32) | (b & 0xFFFFFFFFL);
	}

	private static void add(IntList from, IntList to, IntList kind, IntList via, int a, int b, int k, int v) {
		from.add(a);
		to.add(b);
		kind.add(k);
		via.add(v);
	}

	private void compress(int[] key, int[] start, int[] edges) {
		for (int e = 0; e < edgeCount; e++) {
			start[key[e] + 1]++;
		}
		for (int n = 0; n < nodeCount; n++) {
			start[n + 1] += start[n];
		}
		int[] fill = Arrays.copyOf(start, nodeCount);
		for (int e = 0; e < edgeCount; e++) {
			edges[fill[key[e]]++] = e;
		}
	}

	/**
	 * The graph without the numbers of its domains: each edge's kind, attachment (or one-way wire), and its ends as a
	 * device or as a domain's lowest node and segments. Two graphs of the same nodes with equal shapes forward alike.
	 */
	Shape shape() {
		long[] edges = new long[edgeCount * 6];
		List<Set<Integer>> segments = new ArrayList<>();
		for (int e = 0; e < edgeCount; e++) {
			edges[6 * e] = edgeKind[e];
			edges[6 * e + 1] = edgeKind[e] == ONE_WAY ? domains.wires.order[edgeVia[e]] : edgeVia[e];
			int i = 6 * e + 2;
			for (int node : new int[] { edgeFrom[e], edgeTo[e] }) {
				if (node < componentCount) {
					edges[i++] = domains.componentMin[node];
					edges[i++] = domains.componentSegment[node];
					segments.add(domains.componentSegments.get(node));
				} else {
					edges[i++] = -1L - nodeDevice[node];
					edges[i++] = -1;
				}
			}
		}
		return new Shape(edges, segments);
	}

	/** See {@link #shape()}. */
	record Shape(long[] edges, List<Set<Integer>> segments) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Shape shape && Arrays.equals(edges, shape.edges) && segments.equals(shape.segments);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(edges);
		}
	}

	/** Whether traffic can pass through one of the {@code components} on its way elsewhere. */
	boolean carriesThrough(BitSet components) {
		for (int c = components.nextSetBit(0); c >= 0; c = components.nextSetBit(c + 1)) {
			Set<Integer> devices = new HashSet<>();
			for (int i = outStart[c]; i < outStart[c + 1]; i++) {
				if (edgeKind[outEdges[i]] == ONE_WAY) {
					return true;
				}
				devices.add(edgeTo[outEdges[i]]);
			}
			for (int i = inStart[c]; i < inStart[c + 1]; i++) {
				if (edgeKind[inEdges[i]] == ONE_WAY) {
					return true;
				}
				devices.add(edgeFrom[inEdges[i]]);
			}
			if (devices.size() > 1) {
				return true;
			}
		}
		return false;
	}

	/** The device whose policy filters edge {@code e}, or -1 when nothing filters it. */
	int filteringDevice(int e) {
		return edgeKind[e] == EXIT ? nodeDevice[edgeFrom[e]] : -1;
	}
}
