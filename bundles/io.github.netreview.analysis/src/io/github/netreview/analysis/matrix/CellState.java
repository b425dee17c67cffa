package io.github.netreview.analysis.matrix;

/** How one zone-matrix cell stands against the intended zone policy (the conduits of the model). */
public enum CellState {
	/** A conduit means the traffic to flow, and it does. */
	INTENDED_AND_PRESENT("intended and present"),
	/** Traffic flows that no conduit means to allow: a violation. */
	PRESENT_NOT_INTENDED("present but not intended"),
	/** A conduit means the traffic to flow, but nothing gets through. */
	INTENDED_NOT_PRESENT("intended but absent"),
	/** No conduit and no traffic. */
	NEITHER("neither intended nor present");

	private final String label;

	CellState(String label) {
		this.label = label;
	}

	/** The state in words, as reports print it. */
	public String label() {
		return label;
	}

	/** The state of a cell that is {@code intended} by some conduit and {@code present} in the matrix. */
	public static CellState of(boolean intended, boolean present) {
		if (intended) {
			return present ? INTENDED_AND_PRESENT : INTENDED_NOT_PRESENT;
		}
		return present ? PRESENT_NOT_INTENDED : NEITHER;
	}
}
