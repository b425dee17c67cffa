package io.github.netreview.cli;

import java.io.PrintWriter;

import io.github.netreview.model.SafeText;

/** Prints a message for the user on stderr as one line, "netreview: " first, nothing in it hidden and a huge one cut. */
final class ErrorLine {

	/** The longest message printed whole; values in messages are cut far shorter, this guards the rest. */
	static final int LONGEST = 500;

	private ErrorLine() {
	}

	static void print(PrintWriter err, String message) {
		err.println("netreview: " + SafeText.visible(SafeText.cut(message, LONGEST)));
	}
}
