package io.github.netreview.analysis.forwarding;

import java.util.Arrays;

/** Operations on service masks (bit sets over the atoms of a {@link ServiceSpace}). */
final class ServiceMasks {

	private ServiceMasks() {
	}

	static boolean isEmpty(long[] mask) {
		for (long word : mask) {
			if (word != 0) {
				return false;
			}
		}
		return true;
	}

	static boolean equal(long[] a, long[] b) {
		return Arrays.equals(a, b);
	}

	static long[] and(long[] a, long[] b) {
		long[] result = new long[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] & b[i];
		}
		return result;
	}

	/** The atoms of {@code a} that are not in {@code b}. */
	static long[] andNot(long[] a, long[] b) {
		long[] result = new long[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] & ~b[i];
		}
		return result;
	}

	/** Adds {@code mask} to {@code target}. */
	static void or(long[] target, long[] mask) {
		for (int i = 0; i < target.length; i++) {
			target[i] |= mask[i];
		}
	}

	static boolean has(long[] mask, int atom) {
		return (mask[atom >>> 6] & (1L << atom)) != 0;
	}
}
