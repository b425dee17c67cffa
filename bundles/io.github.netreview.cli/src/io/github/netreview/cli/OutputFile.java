package io.github.netreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A command's --output: refused when it is the model, exists (without --force) or is anything but a regular file
 * (a symbolic link, directory, FIFO or device is never replaced); written whole or not at all.
 */
final class OutputFile {

	/** An output that is there but is not a regular file, which no option lets a command replace. */
	static final class NotRegular extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotRegular(Path output) {
			super(output + " is " + FileKinds.of(output) + ", not a regular file; it is left alone (write to a new file, or over a regular one"
					+ " with --force)");
		}
	}

	private OutputFile() {
	}

	/** Refuses {@code output} when it is {@code model} (if there is one), is not a regular file, or exists without {@code force}. */
	static void check(CommandLine commandLine, Path output, Path model, boolean force) {
		if (output == null) {
			return;
		}
		if (model != null && output.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())) {
			throw new ParameterException(commandLine, output + " is MODEL itself; choose another --output");
		}
		requireRegularOrNone(output);
		if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
			throw new ParameterException(commandLine, output + " exists; use --force to overwrite it");
		}
	}

	/** Refuses {@code output} when something other than a regular file is there. */
	static void requireRegularOrNone(Path output) {
		if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
			throw new NotRegular(output);
		}
	}

	/** Writes {@code bytes} to {@code output} through a temporary file. */
	static void write(Path output, byte[] bytes) throws IOException {
		Path temporary;
		try {
			temporary = Files.createTempFile(output.toAbsolutePath().getParent(), output.getFileName().toString(), ".tmp");
		} catch (NoSuchFileException e) {
			throw new NoSuchFileException(output.toAbsolutePath().getParent().toString(), null, "no such directory");
		}
		try {
			Files.write(temporary, bytes);
			requireRegularOrNone(output); // again: it may have been replaced while the output was worked out
			Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Writes {@code text} to {@code output} through a temporary file, or prints it when there is no output file. */
	static void write(CommandLine commandLine, Path output, String text) throws IOException {
		if (output == null) {
			PrintWriter out = commandLine.getOut();
			out.print(text);
			out.flush();
			return;
		}
		write(output, text.getBytes(StandardCharsets.UTF_8));
	}
}
