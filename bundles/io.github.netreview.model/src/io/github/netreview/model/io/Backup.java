package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the previous version of a model as {@code FILE.bak}, always whole: a hard link to it is made under a
 * temporary name and renamed to {@code FILE.bak}. Where hard links are impossible, the copy is made under the
 * temporary name, forced to disk and then renamed, so that a partial copy is never named {@code FILE.bak} (and an
 * interrupted one is removed as a stale temporary file). {@code FILE} itself is never moved away.
 */
final class Backup {

	/** Makes {@code link} a hard link to {@code existing}; a seam for testing file systems without hard links. */
	interface Linker {
		void link(Path link, Path existing) throws IOException;
	}

	private Backup() {
	}

	/** Where a save keeps the previous version of {@code file}. */
	static Path of(Path file) {
		return file.resolveSibling(file.getFileName() + ".bak");
	}

	/** Keeps {@code target}, if there is one, as its backup. */
	static void keep(Path target) throws IOException {
		keep(target, Files::createLink);
	}

	static void keep(Path target, Linker linker) throws IOException {
		if (!Files.exists(target)) {
			return;
		}
		Path temporary = SaveTemporaries.reserve(target);
		try {
			try {
				linker.link(temporary, target);
			} catch (UnsupportedOperationException | FileSystemException noLinks) {
				Files.deleteIfExists(temporary);
				copy(target, temporary);
			}
			rename(temporary, of(target));
		} finally {
			SaveTemporaries.release(temporary);
		}
	}

	private static void copy(Path target, Path temporary) throws IOException {
		Files.copy(target, temporary, StandardCopyOption.COPY_ATTRIBUTES);
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Renames {@code from} to {@code to} in one step, replacing {@code to}. */
	static void rename(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
