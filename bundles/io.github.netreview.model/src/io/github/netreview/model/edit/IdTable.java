package io.github.netreview.model.edit;

import org.eclipse.emf.ecore.EObject;

/**
 * Elements by id in two parallel arrays (open addressing, linear probing): a network of a million devices holds
 * millions of ids, which a hash map would keep at three times the memory.
 */
final class IdTable {

	private String[] keys = new String[16];
	private EObject[] values = new EObject[16];
	private int size;

	EObject get(String id) {
		int slot = find(id);
		return slot < 0 ? null : values[slot];
	}

	boolean containsKey(String id) {
		return find(id) >= 0;
	}

	/** Adds {@code element} under {@code id} unless the id is taken. */
	void putIfAbsent(String id, EObject element) {
		if (find(id) >= 0) {
			return;
		}
		if (2 * (size + 1) > keys.length) {
			grow();
		}
		int slot = start(id, keys.length);
		while (keys[slot] != null) {
			slot = (slot + 1) & (keys.length - 1);
		}
		keys[slot] = id;
		values[slot] = element;
		size++;
	}

	/** Removes {@code id} when it is {@code element}'s; the entries after it in its run move back to stay reachable. */
	void remove(String id, EObject element) {
		int slot = find(id);
		if (slot < 0 || values[slot] != element) {
			return;
		}
		int mask = keys.length - 1;
		int hole = slot;
		for (int next = (hole + 1) & mask; keys[next] != null; next = (next + 1) & mask) {
			int home = start(keys[next], keys.length);
			// an entry may fill the hole when its home is not cyclically after the hole (up to where it sits)
			if (((next - home) & mask) >= ((next - hole) & mask)) {
				keys[hole] = keys[next];
				values[hole] = values[next];
				hole = next;
			}
		}
		keys[hole] = null;
		values[hole] = null;
		size--;
	}

	private int find(String id) {
		int mask = keys.length - 1;
		for (int slot = start(id, keys.length); keys[slot] != null; slot = (slot + 1) & mask) {
			if (keys[slot].equals(id)) {
				return slot;
			}
		}
		return -1;
	}

	private void grow() {
		String[] oldKeys = keys;
		EObject[] oldValues = values;
		keys = new String[oldKeys.length * 2];
		values = new EObject[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				int slot = start(oldKeys[i], keys.length);
				while (keys[slot] != null) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}

	private static int start(String id, int length) {
		int h = id.hashCode();
		return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 1 & (length - 1);
	}
}
