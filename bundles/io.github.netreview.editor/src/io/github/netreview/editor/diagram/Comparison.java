package io.github.netreview.editor.diagram;

import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.editor.diagram.overlay.DrawnOwners;

/**
 * Where a diagram's comparison with another version (named {@code against}) stands: off, reading and comparing, shown,
 * being worked out again after an edit (the last result still shown), or failed with a message naming the file and
 * place. {@code diff} goes from the other version to the diagram's network; {@code owners} says what on the diagram
 * shows each of its elements.
 */
public record Comparison(Phase phase, String against, NetworkDiff diff, DrawnOwners owners, String problem) {

	public static final Comparison OFF = new Comparison(Phase.OFF, null, null, null, null);

	/** The stages of a comparison. */
	public enum Phase {
		OFF, READING, SHOWN, UPDATING, FAILED
	}

	/** Whether there is a result to show (up to date or being updated). */
	public boolean hasResult() {
		return diff != null;
	}
}
