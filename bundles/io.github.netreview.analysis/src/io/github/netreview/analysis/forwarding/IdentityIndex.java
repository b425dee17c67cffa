package io.github.netreview.analysis.forwarding;

/**
 * The position of each object of an array, found by identity: open addressing over the identity hash, without the
 * boxing and entry objects of an {@code IdentityHashMap<Object, Integer>}. The table holds positions only (the array
 * holds the objects), so it costs six bytes per object.
 */
final class IdentityIndex {

	private final Object[] objects;
	/** Position + 1 of the object in each slot, 0 for an empty slot. */
	private final int[] slots;

	IdentityIndex(Object[] objects) {
		this.objects = objects;
		// two thirds full: short probes, and a third of the memory of a power-of-two table twice the size
		slots = new int[Math.max(4, objects.length + objects.length / 2)];
		for (int i = 0; i < objects.length; i++) {
			int slot = slotOf(objects[i]);
			if (slots[slot] == 0) {
				slots[slot] = i + 1;
			}
		}
	}

	/** The first position of {@code object}, or -1 when it is not among the objects. */
	int get(Object object) {
		if (object == null) {
			return -1;
		}
		return slots[slotOf(object)] - 1;
	}

	/** The slot holding {@code object}, or the empty slot where it would go. */
	private int slotOf(Object object) {
		int slot = (int) (((mix(System.identityHashCode(object)) & 0xFFFFFFFFL) * slots.length) >>> 32);
		while (slots[slot] != 0 && objects[slots[slot] - 1] != object) {
			slot = slot + 1 == slots.length ? 0 : slot + 1;
		}
		return slot;
	}

	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
