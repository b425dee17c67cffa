package io.github.netreview.model.syntax;

/** A text value in the model that does not follow its syntax; the message says what is wrong. */
public class SyntaxException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public SyntaxException(String message) {
		super(message);
	}
}
