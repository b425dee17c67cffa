package io.github.netreview.io.history;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that could not be read at a git revision; the message is one line naming the file and the revision. */
public class RevisionException extends IOException {

	private static final long serialVersionUID = 1L;

	/** Why the file could not be read. */
	public enum Reason {
		/** The revision is empty, starts with '-' or holds control characters. */
		BAD_REVISION,
		/** git could not be run. */
		NO_GIT,
		/** The file's folder is in no git work tree. */
		NOT_A_REPOSITORY,
		/** The repository has no commit of that name. */
		UNKNOWN_REVISION,
		/** The commit has no file at that path. */
		NOT_IN_REVISION,
		/** git failed otherwise. */
		GIT_FAILED
	}

	private final Reason reason;
	private final transient Path file;
	private final String revision;

	public RevisionException(Reason reason, Path file, String revision, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.file = file;
		this.revision = revision;
	}

	public Reason reason() {
		return reason;
	}

	public Path file() {
		return file;
	}

	public String revision() {
		return revision;
	}
}
