package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: to a temporary file beside it, then moved over it in one step. */
public final class ReplacedFile {

	private ReplacedFile() {
	}

	/** Replaces {@code file} with {@code content}; a failure leaves any old file as it was and no temporary file behind. */
	public static void write(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".saving");
		try {
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
