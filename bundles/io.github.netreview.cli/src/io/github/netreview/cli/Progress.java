package io.github.netreview.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Tells the user on stderr about work that takes more than a second, so stdout stays clean for results. */
final class Progress {

	private static final long REPORT_AFTER_NANOS = 1_000_000_000L;

	private final PrintWriter err;
	private final String task;
	private final long start = System.nanoTime();

	private Progress(PrintWriter err, String task) {
		this.err = err;
		this.task = task;
	}

	static Progress start(PrintWriter err, String task) {
		return new Progress(err, task);
	}

	void done() {
		long elapsed = System.nanoTime() - start;
		if (elapsed > REPORT_AFTER_NANOS) {
			err.println(String.format(Locale.ROOT, "%s: done in %.1f s", task, elapsed / 1e9));
		}
	}
}
