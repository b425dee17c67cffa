package io.github.netreview.interchange.netbox;

import java.util.List;

/** A NetBox source that cannot be used, with one line for the user naming the file, endpoint or URL and what is wrong. */
public final class NetboxException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<String> reported;

	public NetboxException(String message) {
		this(message, List.of());
	}

	/** An import that failed after it had reported records, which the user should still see. */
	NetboxException(String message, List<String> reported) {
		super(message);
		this.reported = List.copyOf(reported);
	}

	/** The records reported before the failure, each as "endpoint #id 'name': why". */
	public List<String> reported() {
		return reported;
	}
}
