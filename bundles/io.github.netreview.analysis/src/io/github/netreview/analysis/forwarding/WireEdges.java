package io.github.netreview.analysis.forwarding;

import java.util.Arrays;

/**
 * The edges between layer-2 nodes (a = b over a link, or an SVI inside its switch) and, for the two-way ones, each
 * node's edges in a fixed order: the order a fresh build creates them in, so that searches over a repaired set of
 * edges take the same steps as over a rebuilt one. Edges removed by a repair stay numbered but are no longer alive
 * (an edit of the network's structure builds the domains, and so the edges, afresh).
 */
final class WireEdges {

	/** Order keys of SVI edges are their port; those of link edges follow all of them. */
	static final long LINK_ORDER = 1L << 40;

	int[] a = new int[16];
	int[] b = new int[16];
	int[] link = new int[16];
	boolean[] oneWay = new boolean[16];
	boolean[] alive = new boolean[16];
	long[] order = new long[16];
	int count;

	private final int nodeCount;
	private int[] start;
	private int[] adjacency;
	/** Nodes whose edges were changed by a repair keep them in {@code patches[patchOf[n]]}, sorted by order. */
	private int[] patchOf;
	private int[][] patches;
	private int patchCount;

	WireEdges(int nodeCount) {
		this.nodeCount = nodeCount;
	}

	static long linkOrder(int l, int channel) {
		return LINK_ORDER + ((long) l << 13) + channel;
	}

	int add(int from, int to, int l, boolean directed, long key) {
		if (count == a.length) {
			int size = Math.max(16, count * 2);
			a = Arrays.copyOf(a, size);
			b = Arrays.copyOf(b, size);
			link = Arrays.copyOf(link, size);
			oneWay = Arrays.copyOf(oneWay, size);
			alive = Arrays.copyOf(alive, size);
			order = Arrays.copyOf(order, size);
		}
		a[count] = from;
		b[count] = to;
		link[count] = l;
		oneWay[count] = directed;
		alive[count] = true;
		order[count] = key;
		if (start != null && !directed) {
			insert(from, count);
			insert(to, count);
		}
		return count++;
	}

	/** Gives back the room the arrays grew beyond the edges a build made. */
	void trim() {
		a = Arrays.copyOf(a, count);
		b = Arrays.copyOf(b, count);
		link = Arrays.copyOf(link, count);
		oneWay = Arrays.copyOf(oneWay, count);
		alive = Arrays.copyOf(alive, count);
		order = Arrays.copyOf(order, count);
	}

	/** Builds the per-node edge lists once the initial edges are in. */
	void index() {
		start = new int[nodeCount + 1];
		for (int e = 0; e < count; e++) {
			if (!oneWay[e]) {
				start[a[e] + 1]++;
				start[b[e] + 1]++;
			}
		}
		for (int n = 0; n < nodeCount; n++) {
			start[n + 1] += start[n];
		}
		adjacency = new int[start[nodeCount]];
		int[] fill = Arrays.copyOf(start, nodeCount);
		for (int e = 0; e < count; e++) {
			if (!oneWay[e]) {
				adjacency[fill[a[e]]++] = e;
				adjacency[fill[b[e]]++] = e;
			}
		}
	}

	void remove(int e) {
		alive[e] = false;
		if (!oneWay[e]) {
			delete(a[e], e);
			delete(b[e], e);
		}
	}

	/** How many two-way edges node {@code n} has. */
	int degree(int n) {
		if (patchOf != null && patchOf[n] >= 0) {
			return patches[patchOf[n]].length;
		}
		return start[n + 1] - start[n];
	}

	/** The {@code i}-th two-way edge of node {@code n}. */
	int edgeAt(int n, int i) {
		if (patchOf != null && patchOf[n] >= 0) {
			return patches[patchOf[n]][i];
		}
		return adjacency[start[n] + i];
	}

	int other(int e, int n) {
		return a[e] == n ? b[e] : a[e];
	}

	private int[] patched(int n) {
		if (patchOf == null) {
			patchOf = new int[nodeCount];
			Arrays.fill(patchOf, -1);
			patches = new int[8][];
		}
		if (patchOf[n] < 0) {
			if (patchCount == patches.length) {
				patches = Arrays.copyOf(patches, patchCount * 2);
			}
			patches[patchCount] = Arrays.copyOfRange(adjacency, start[n], start[n + 1]);
			patchOf[n] = patchCount++;
		}
		return patches[patchOf[n]];
	}

	private void insert(int n, int e) {
		int[] edges = patched(n);
		int at = edges.length;
		while (at > 0 && order[edges[at - 1]] > order[e]) {
			at--;
		}
		int[] grown = new int[edges.length + 1];
		System.arraycopy(edges, 0, grown, 0, at);
		grown[at] = e;
		System.arraycopy(edges, at, grown, at + 1, edges.length - at);
		patches[patchOf[n]] = grown;
	}

	private void delete(int n, int e) {
		int[] edges = patched(n);
		for (int i = 0; i < edges.length; i++) {
			if (edges[i] == e) {
				int[] shrunk = new int[edges.length - 1];
				System.arraycopy(edges, 0, shrunk, 0, i);
				System.arraycopy(edges, i + 1, shrunk, i, edges.length - i - 1);
				patches[patchOf[n]] = shrunk;
				return;
			}
		}
	}
}
