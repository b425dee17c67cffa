package io.github.netreview.analysis.forwarding;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Breadth-first trees inside layer-2 domains, each rooted at a node paths lead to (a router's attachment), made when
 * first asked for and kept across repairs of the domains they do not touch.
 */
final class DomainTrees {

	private final L2Domains domains;
	private final WireEdges wires;
	private final Map<Integer, Tree> byRoot = new HashMap<>();

	DomainTrees(L2Domains domains) {
		this.domains = domains;
		this.wires = domains.wires;
	}

	/** The tree of the domain of {@code root}. */
	synchronized Tree of(int root) {
		return byRoot.computeIfAbsent(root, this::grow);
	}

	/**
	 * Grows again the trees rooted in the {@code touched} domains after a repair, and returns the nodes whose way to
	 * one of those roots is not what it was.
	 */
	synchronized BitSet regrow(BitSet touched) {
		BitSet changed = new BitSet();
		for (Map.Entry<Integer, Tree> entry : byRoot.entrySet()) {
			int root = entry.getKey();
			if (!touched.get(domains.component[root])) {
				continue;
			}
			Tree old = entry.getValue();
			Tree fresh = grow(root);
			entry.setValue(fresh);
			for (int i = 1; i < fresh.size; i++) {
				int node = fresh.order[i];
				int edge = fresh.toward(node);
				if (old.toward(node) != edge || changed.get(wires.other(edge, node))) {
					changed.set(node);
				}
			}
		}
		return changed;
	}

	private Tree grow(int root) {
		Tree tree = new Tree(Math.max(16, domains.componentSize[domains.component[root]]));
		tree.put(root, -1);
		for (int head = 0; head < tree.size; head++) {
			int node = tree.order[head];
			for (int i = 0, degree = wires.degree(node); i < degree; i++) {
				int e = wires.edgeAt(node, i);
				int next = wires.other(e, node);
				if (tree.toward(next) == Tree.ABSENT) {
					tree.put(next, e);
				}
			}
		}
		return tree;
	}

	/** A tree as the nodes in the order they were reached and, for each, the edge towards the root (-1 at the root). */
	static final class Tree {
		static final int ABSENT = -2;

		final int[] order;
		int size;
		private final int[] keys;
		private final int[] values;
		private final int mask;

		private Tree(int capacity) {
			order = new int[capacity];
			int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
			keys = new int[slots];
			values = new int[slots];
			Arrays.fill(keys, -1);
			mask = slots - 1;
		}

		/** The edge from {@code node} towards the root, -1 at the root, {@link #ABSENT} when not in the tree. */
		int toward(int node) {
			for (int slot = (node * 0x9E3779B9) & mask;; slot = (slot + 1) & mask) {
				if (keys[slot] == node) {
					return values[slot];
				}
				if (keys[slot] < 0) {
					return ABSENT;
				}
			}
		}

		private void put(int node, int edge) {
			int slot = (node * 0x9E3779B9) & mask;
			while (keys[slot] >= 0) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = node;
			values[slot] = edge;
			order[size++] = node;
		}
	}
}
