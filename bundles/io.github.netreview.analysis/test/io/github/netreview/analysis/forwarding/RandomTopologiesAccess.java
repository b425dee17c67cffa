package io.github.netreview.analysis.forwarding;

import io.github.netreview.model.topology.Network;

/** Lets tests outside this package use the random networks of the oracle tests. */
public final class RandomTopologiesAccess {

	private RandomTopologiesAccess() {
	}

	public static Network generate(long seed) {
		return RandomTopologies.generate(seed);
	}
}
