package io.github.netreview.analysis.forwarding;

/**
 * The position of each object of an array, found by identity: open addressing over the identity hash, without the
 * boxing and entry objects of an {@code IdentityHashMap<Object, Integer>}.
 */
final class IdentityIndex {

	private final Object[] keys;
	private final int[] positions;

	IdentityIndex(Object[] objects) {
		// two thirds full: short probes, and a third of the memory of a power-of-two table twice the size
		int capacity = Math.max(4, objects.length + objects.length / 2);
		keys = new Object[capacity];
		positions = new int[capacity];
		for (int i = 0; i < objects.length; i++) {
			int slot = slotOf(objects[i]);
			if (keys[slot] == null) {
				keys[slot] = objects[i];
				positions[slot] = i;
			}
		}
	}

	/** The first position of {@code object}, or -1 when it is not among the objects. */
	int get(Object object) {
		if (object == null) {
			return -1;
		}
		int slot = slotOf(object);
		return keys[slot] == null ? -1 : positions[slot];
	}

	/** The slot holding {@code object}, or the empty slot where it would go. */
	private int slotOf(Object object) {
		int slot = (int) (((mix(System.identityHashCode(object)) & 0xFFFFFFFFL) * keys.length) >>> 32);
		while (keys[slot] != null && keys[slot] != object) {
			slot = slot + 1 == keys.length ? 0 : slot + 1;
		}
		return slot;
	}

	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
