package io.github.netreview.app.interchange;

import java.util.List;

/** An import that wrote nothing: one line naming the file, place or address and what is wrong, and what else was reported. */
final class ImportFailure extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<String> details;

	ImportFailure(String message, List<String> details) {
		super(message);
		this.details = List.copyOf(details);
	}

	/** The lines reported before the failure (bad rows, records the importer could not use). */
	List<String> details() {
		return details;
	}
}
