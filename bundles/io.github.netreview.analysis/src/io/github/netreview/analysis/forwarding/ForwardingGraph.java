package io.github.netreview.analysis.forwarding;

import java.util.Arrays;
import java.util.HashSet;
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
	final int[] deviceNode;

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
		deviceNode = new int[index.deviceCount()];
		Arrays.fill(deviceNode, -1);
		IntList devices = new IntList();
		for (int d = 0; d < index.deviceCount(); d++) {
			if (index.routes(d) || index.isDiode(d)) {
				deviceNode[d] = componentCount + devices.size();
				devices.add(d);
			}
		}
		nodeCount = componentCount + devices.size();
		nodeDevice = new int[nodeCount];
		Arrays.fill(nodeDevice, -1);
		for (int i = 0; i < devices.size(); i++) {
			nodeDevice[componentCount + i] = devices.get(i);
		}
		IntList from = new IntList();
		IntList to = new IntList();
		IntList kind = new IntList();
		IntList via = new IntList();
		Set<Long> seen = new HashSet<>();
		for (int n = domains.bridgeNodes; n < domains.nodeCount; n++) {
			int d = domains.nodeDevice[n];
			int deviceNodeId = deviceNode[d];
			if (deviceNodeId < 0 || !domains.nodeUp[n]) {
				continue;
			}
			int c = domains.component[n];
			boolean ingress = !index.isDiode(d) || domains.nodePort[n] == index.deviceIngress[d];
			boolean egress = !index.isDiode(d) || domains.nodePort[n] != index.deviceIngress[d];
			if (ingress && seen.add(pair(c, deviceNodeId))) {
				add(from, to, kind, via, c, deviceNodeId, ENTER, n);
			}
			if (egress && seen.add(pair(deviceNodeId, c))) {
				add(from, to, kind, via, deviceNodeId, c, EXIT, n);
			}
		}
		for (int e = 0; e < domains.edgeCount; e++) {
			if (domains.edgeOneWay[e]) {
				int a = domains.component[domains.edgeA[e]];
				int b = domains.component[domains.edgeB[e]];
				if (a != b && seen.add(pair(a, b))) {
					add(from, to, kind, via, a, b, ONE_WAY, e);
				}
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

	/** The device whose policy filters edge {@code e}, or -1 when nothing filters it. */
	int filteringDevice(int e) {
		return edgeKind[e] == EXIT ? nodeDevice[edgeFrom[e]] : -1;
	}
}
