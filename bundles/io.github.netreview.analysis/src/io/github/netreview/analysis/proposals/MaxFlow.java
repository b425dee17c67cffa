package io.github.netreview.analysis.proposals;

import java.util.Arrays;

/**
 * Dinic's maximum flow over int arrays (adjacency as linked arc lists, an explicit stack instead of recursion so a
 * million-node graph does not overflow the thread stack). After {@link #run}, {@link #sourceSide} gives a minimum cut.
 */
final class MaxFlow {

	static final int INFINITE = Integer.MAX_VALUE / 4;

	private final int nodes;
	private final int[] head;
	private int[] next;
	private int[] to;
	private int[] capacity;
	private int arcs;
	private int[] level;

	MaxFlow(int nodes, int expectedArcs) {
		this.nodes = nodes;
		head = new int[nodes];
		Arrays.fill(head, -1);
		int room = Math.max(16, expectedArcs * 2);
		next = new int[room];
		to = new int[room];
		capacity = new int[room];
	}

	/** Adds an arc of {@code cap} from u to v and returns its index (its residual twin is index ^ 1). */
	int arc(int u, int v, int cap) {
		if (arcs + 2 > to.length) {
			int room = to.length * 2;
			next = Arrays.copyOf(next, room);
			to = Arrays.copyOf(to, room);
			capacity = Arrays.copyOf(capacity, room);
		}
		int index = arcs;
		add(u, v, cap);
		add(v, u, 0);
		return index;
	}

	private void add(int u, int v, int cap) {
		to[arcs] = v;
		capacity[arcs] = cap;
		next[arcs] = head[u];
		head[u] = arcs++;
	}

	/** The maximum flow from s to t, stopping once it reaches {@code limit}. */
	long run(int s, int t, long limit) {
		long flow = 0;
		level = new int[nodes];
		int[] current = new int[nodes];
		int[] stack = new int[nodes];
		int[] viaArc = new int[nodes];
		while (flow < limit && levels(s, t)) {
			System.arraycopy(head, 0, current, 0, nodes);
			long pushed;
			while (flow < limit && (pushed = augment(s, t, current, stack, viaArc)) > 0) {
				flow += pushed;
			}
		}
		return flow;
	}

	private boolean levels(int s, int t) {
		Arrays.fill(level, -1);
		int[] queue = new int[nodes];
		int headAt = 0;
		int tail = 0;
		level[s] = 0;
		queue[tail++] = s;
		while (headAt < tail) {
			int u = queue[headAt++];
			for (int a = head[u]; a >= 0; a = next[a]) {
				if (capacity[a] > 0 && level[to[a]] < 0) {
					level[to[a]] = level[u] + 1;
					queue[tail++] = to[a];
				}
			}
		}
		return level[t] >= 0;
	}

	/** One augmenting path in the level graph, found depth-first without recursion; the amount pushed, 0 if none. */
	private long augment(int s, int t, int[] current, int[] stack, int[] viaArc) {
		int depth = 0;
		stack[0] = s;
		while (depth >= 0) {
			int u = stack[depth];
			if (u == t) {
				int bottleneck = Integer.MAX_VALUE;
				for (int i = 1; i <= depth; i++) {
					bottleneck = Math.min(bottleneck, capacity[viaArc[i]]);
				}
				for (int i = 1; i <= depth; i++) {
					capacity[viaArc[i]] -= bottleneck;
					capacity[viaArc[i] ^ 1] += bottleneck;
				}
				return bottleneck;
			}
			boolean advanced = false;
			for (int a = current[u]; a >= 0; a = next[a]) {
				current[u] = a;
				int v = to[a];
				if (capacity[a] > 0 && level[v] == level[u] + 1) {
					stack[++depth] = v;
					viaArc[depth] = a;
					advanced = true;
					break;
				}
			}
			if (!advanced) {
				current[u] = -1;
				level[u] = -1; // a dead end for the rest of this phase
				depth--;
				if (depth >= 0) {
					int parent = stack[depth];
					current[parent] = next[current[parent]];
				}
			}
		}
		return 0;
	}

	/** The nodes still reachable from s in the residual graph after {@link #run}: the source side of a minimum cut. */
	boolean[] sourceSide(int s) {
		boolean[] seen = new boolean[nodes];
		int[] queue = new int[nodes];
		int headAt = 0;
		int tail = 0;
		seen[s] = true;
		queue[tail++] = s;
		while (headAt < tail) {
			int u = queue[headAt++];
			for (int a = head[u]; a >= 0; a = next[a]) {
				if (capacity[a] > 0 && !seen[to[a]]) {
					seen[to[a]] = true;
					queue[tail++] = to[a];
				}
			}
		}
		return seen;
	}

	int from(int arc) {
		return to[arc ^ 1];
	}

	int to(int arc) {
		return to[arc];
	}
}
