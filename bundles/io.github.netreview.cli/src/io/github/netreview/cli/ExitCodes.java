package io.github.netreview.cli;

/** The exit codes of every command. */
final class ExitCodes {

	static final int OK = 0;
	static final int PROBLEMS_FOUND = 1;
	static final int INPUT_ERROR = 2;

	private ExitCodes() {
	}
}
