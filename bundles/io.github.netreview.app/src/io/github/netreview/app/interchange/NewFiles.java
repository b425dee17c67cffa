package io.github.netreview.app.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a new file whole or not at all, and never over another: the bytes go to a temporary file beside it, forced to
 * disk, which then gets the file's name by a hard link, a step that fails when the name is taken by then.
 */
final class NewFiles {

	private NewFiles() {
	}

	static void write(Path target, byte[] bytes) throws IOException {
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			name(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Gives the written temporary file the target's name, unless something has that name by now. */
	private static void name(Path temporary, Path target) throws IOException {
		try {
			link(temporary, target);
		} catch (FileAlreadyExistsException e) {
			throw new FileAlreadyExistsException(target.toString(), null, "another program made this file meanwhile; it is kept and nothing was"
					+ " written (choose a new file)");
		}
	}

	private static void link(Path temporary, Path target) throws IOException {
		try {
			Files.createLink(target, temporary);
		} catch (FileAlreadyExistsException e) {
			throw e;
		} catch (UnsupportedOperationException | FileSystemException noHardLinks) {
			// a file system without hard links (FAT): a move refuses a taken name too, checked just before it renames
			Files.move(temporary, target);
		}
	}
}
