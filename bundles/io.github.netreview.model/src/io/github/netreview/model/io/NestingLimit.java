package io.github.netreview.model.io;

/**
 * How deep elements may nest in a model file. A real model nests about eight levels (diagram, site, zone and device
 * nodes); the limit is far above that and far below the XML parser's own, so that deep nesting gets NetReview's message
 * and no stack or time is spent on it.
 */
final class NestingLimit {

	static final int LEVELS = 64;

	private int depth;

	/** Notes that an element starts; false when it nests deeper than {@link #LEVELS}. */
	boolean enter() {
		return ++depth <= LEVELS;
	}

	void leave() {
		depth--;
	}
}
