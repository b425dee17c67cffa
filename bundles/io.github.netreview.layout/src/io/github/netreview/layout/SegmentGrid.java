package io.github.netreview.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** A uniform grid of segments and boxes, so that only items in the same cells are compared. */
final class SegmentGrid<T> {

	private static final int CELL = 256;

	/** A segment {x0, y0, x1, y1} or box {left, top, right, bottom}, with what it belongs to. */
	record Item<T>(int id, T owner, int[] coords) {
	}

	private final Map<Long, List<Item<T>>> cells = new HashMap<>();
	private int items;

	void add(T owner, int x0, int y0, int x1, int y1) {
		Item<T> item = new Item<>(items++, owner, new int[] { x0, y0, x1, y1 });
		put(item, segmentKeys(item.coords()));
	}

	void addBox(T owner, int left, int top, int right, int bottom) {
		Item<T> item = new Item<>(items++, owner, new int[] { left, top, right, bottom });
		put(item, boxKeys(item.coords()));
	}

	private void put(Item<T> item, Set<Long> keys) {
		for (long key : keys) {
			cells.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
		}
	}

	/** Every item sharing a cell with the segment {x0, y0, x1, y1}. */
	Set<Item<T>> near(int[] segment) {
		Set<Item<T>> near = new LinkedHashSet<>();
		for (long key : segmentKeys(segment)) {
			near.addAll(cells.getOrDefault(key, List.of()));
		}
		return near;
	}

	/** Calls {@code action} once for every two items that share a cell. */
	void eachPair(BiConsumer<Item<T>, Item<T>> action) {
		Set<Long> seen = new HashSet<>();
		for (List<Item<T>> cell : cells.values()) {
			for (int i = 0; i < cell.size(); i++) {
				for (int j = i + 1; j < cell.size(); j++) {
					Item<T> a = cell.get(i);
					Item<T> b = cell.get(j);
					if (seen.add(Math.min(a.id(), b.id()) * (long) Integer.MAX_VALUE + Math.max(a.id(), b.id()))) {
						action.accept(a, b);
					}
				}
			}
		}
	}

	private static Set<Long> boxKeys(int[] c) {
		Set<Long> keys = new LinkedHashSet<>();
		for (int x = Math.floorDiv(c[0], CELL); x <= Math.floorDiv(c[2], CELL); x++) {
			for (int y = Math.floorDiv(c[1], CELL); y <= Math.floorDiv(c[3], CELL); y++) {
				keys.add(key(x, y));
			}
		}
		return keys;
	}

	/** The cells a segment passes, found by stepping along it a quarter cell at a time (corner cells included). */
	private static Set<Long> segmentKeys(int[] c) {
		Set<Long> keys = new LinkedHashSet<>();
		int steps = 1 + (int) (Math.hypot(c[2] - c[0], c[3] - c[1]) / (CELL / 4.0));
		int lastX = Math.floorDiv(c[0], CELL);
		int lastY = Math.floorDiv(c[1], CELL);
		keys.add(key(lastX, lastY));
		for (int i = 1; i <= steps; i++) {
			int x = Math.floorDiv(c[0] + (int) Math.round((c[2] - c[0]) * (double) i / steps), CELL);
			int y = Math.floorDiv(c[1] + (int) Math.round((c[3] - c[1]) * (double) i / steps), CELL);
			if (x != lastX && y != lastY) {
				keys.add(key(x, lastY));
				keys.add(key(lastX, y));
			}
			keys.add(key(x, y));
			lastX = x;
			lastY = y;
		}
		return keys;
	}

	private static long key(int x, int y) {
		return ((long) x << 32) ^ (y & 0xffffffffL);
	}
}
