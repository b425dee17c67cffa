package io.github.netreview.cli;

/** An input file a command cannot use; its message, which names the file, is the one line the user sees. */
final class BadInput extends RuntimeException {
	private static final long serialVersionUID = 1L;

	BadInput(String message) {
		super(message);
	}
}
