package io.github.netreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** What a path is, in words, for messages: "a symbolic link", "a directory", "a FIFO", "a device", "a socket" or "a regular file". */
final class FileKinds {

	private static final int TYPE_BITS = 0170000;
	private static final int FIFO = 0010000;
	private static final int CHARACTER_DEVICE = 0020000;
	private static final int BLOCK_DEVICE = 0060000;
	private static final int SOCKET = 0140000;

	private FileKinds() {
	}

	static String of(Path path) {
		if (Files.isSymbolicLink(path)) {
			return "a symbolic link";
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			return "a directory";
		}
		if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
			return "a regular file";
		}
		return switch (unixMode(path) & TYPE_BITS) {
		case FIFO -> "a FIFO";
		case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
		case SOCKET -> "a socket";
		default -> "a special file";
		};
	}

	/** The file's type and permission bits where the file system tells them (Linux, macOS), else 0. */
	private static int unixMode(Path path) {
		try {
			return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return 0;
		}
	}
}
