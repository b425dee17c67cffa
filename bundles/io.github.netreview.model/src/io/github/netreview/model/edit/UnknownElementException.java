package io.github.netreview.model.edit;

/** An id that names no element of the network. */
public final class UnknownElementException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UnknownElementException(String id) {
		super("the network has no element with id '" + id + "'");
	}
}
