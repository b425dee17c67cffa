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

	/**
	 * Brings the trees up to date after a repair that only hung cards on, or took them off, the end of a cable (each
	 * {@code leaves[i]} has no other edge than {@code edges[i]}, before and after). A breadth-first search reaches
	 * such a card last from its one neighbour and goes nowhere from it, so every other node keeps its way: the card
	 * is added to or dropped from the trees, and nothing else changes. Trees rooted at a card are grown again later.
	 */
	synchronized void patchLeaves(int[] leaves, int[] edges) {
		for (int i = 0; i < leaves.length; i++) {
			byRoot.remove(leaves[i]);
		}
		for (Map.Entry<Integer, Tree> entry : byRoot.entrySet()) {
			Tree tree = entry.getValue();
			for (int i = 0; i < leaves.length; i++) {
				int leaf = leaves[i];
				int edge = edges[i];
				if (tree.toward(leaf) == edge && !wires.alive[edge]) {
					tree.remove(leaf);
				} else if (wires.alive[edge] && tree.toward(leaf) == Tree.ABSENT && tree.toward(wires.other(edge, leaf)) != Tree.ABSENT) {
					tree.put(leaf, edge);
				}
			}
		}
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

	/**
	 * A tree as, for each node, the edge towards the root (-1 at the root), and the nodes in the order they were
	 * reached (after patching, cards added at the end, and cards taken off still listed).
	 */
	static final class Tree {
		static final int ABSENT = -2;
		private static final int EMPTY = -1;
		private static final int REMOVED = -2;

		int[] order;
		int size;
		private int[] keys;
		private int[] values;
		private int mask;
		private int used;

		private Tree(int capacity) {
			order = new int[capacity];
			allocate(Integer.highestOneBit(capacity * 2 - 1) << 1);
		}

		private void allocate(int slots) {
			keys = new int[slots];
			values = new int[slots];
			Arrays.fill(keys, EMPTY);
			mask = slots - 1;
			used = 0;
		}

		/** The edge from {@code node} towards the root, -1 at the root, {@link #ABSENT} when not in the tree. */
		int toward(int node) {
			for (int slot = (node * 0x9E3779B9) & mask;; slot = (slot + 1) & mask) {
				if (keys[slot] == node) {
					return values[slot];
				}
				if (keys[slot] == EMPTY) {
					return ABSENT;
				}
			}
		}

		private void put(int node, int edge) {
			if ((used + 1) * 2 > keys.length) {
				rehash();
			}
			insert(node, edge);
			if (size == order.length) {
				order = Arrays.copyOf(order, size * 2);
			}
			order[size++] = node;
		}

		private void insert(int node, int edge) {
			int slot = (node * 0x9E3779B9) & mask;
			while (keys[slot] >= 0) {
				slot = (slot + 1) & mask;
			}
			if (keys[slot] == EMPTY) {
				used++;
			}
			keys[slot] = node;
			values[slot] = edge;
		}

		private void remove(int node) {
			for (int slot = (node * 0x9E3779B9) & mask; keys[slot] != EMPTY; slot = (slot + 1) & mask) {
				if (keys[slot] == node) {
					keys[slot] = REMOVED;
					return;
				}
			}
		}

		private void rehash() {
			int[] oldKeys = keys;
			int[] oldValues = values;
			allocate(keys.length * 2);
			for (int slot = 0; slot < oldKeys.length; slot++) {
				if (oldKeys[slot] >= 0) {
					insert(oldKeys[slot], oldValues[slot]);
				}
			}
		}
	}
}
