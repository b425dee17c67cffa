package io.github.netreview.analysis.classify;

import java.util.Arrays;
import java.util.Map;

/**
 * The catalog's MAC blocks of one length as a sorted array, looked up by binary search without boxing: every card of
 * every device is looked up.
 */
final class BlockTable {

	private final long[] bits;
	private final VendorCatalog.MacMatch[] matches;

	private BlockTable(long[] bits, VendorCatalog.MacMatch[] matches) {
		this.bits = bits;
		this.matches = matches;
	}

	static BlockTable of(Map<Long, VendorCatalog.MacMatch> blocks) {
		long[] bits = blocks.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		VendorCatalog.MacMatch[] matches = new VendorCatalog.MacMatch[bits.length];
		for (int i = 0; i < bits.length; i++) {
			matches[i] = blocks.get(bits[i]);
		}
		return new BlockTable(bits, matches);
	}

	/** The block whose leading bits are {@code prefix}, or null. */
	VendorCatalog.MacMatch find(long prefix) {
		int at = Arrays.binarySearch(bits, prefix);
		return at >= 0 ? matches[at] : null;
	}
}
