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
 * A command's --output: {@code -} for standard output (where a command writes text); otherwise refused when it is the
 * model, exists (without --force), is anything but a regular file (a symbolic link, directory, FIFO or device is never
 * replaced) or its folder is missing; written whole or not at all.
 */
final class OutputFile {

	/** The --output that means standard output. */
	static final String STANDARD_OUTPUT = "-";

	/** An output that is there but is not a regular file, which no option lets a command replace. */
	static final class NotRegular extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotRegular(Path output) {
			super(output + " is " + FileKinds.of(output) + ", not a regular file; it is left alone (write to a new file, or over a regular one"
					+ " with --force)");
		}
	}

	/** An output whose folder is not there: the command stops before any work, naming the folder. */
	static final class NoFolder extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NoFolder(Path output, Path folder) {
			super(output + ": " + (Files.exists(folder) ? folder + " is not a directory" : "no such directory " + folder + " (create it first)"));
		}
	}

	private OutputFile() {
	}

	/** Whether {@code output} is {@code -}, standard output. */
	static boolean isStandardOutput(Path output) {
		return output != null && output.toString().equals(STANDARD_OUTPUT);
	}

	/**
	 * Refuses a text output {@code output} (standard output when {@code -}) when it is {@code model} (if there is one),
	 * is not a regular file, exists without {@code force} or has no folder to go in.
	 */
	static void check(CommandLine commandLine, Path output, Path model, boolean force) {
		if (output == null || isStandardOutput(output)) {
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

	/** As {@link #check}, for an output that can only be a file ({@code what}, such as "a model"): {@code -} is refused. */
	static void checkFile(CommandLine commandLine, Path output, Path model, boolean force, String what) {
		requireFile(commandLine, output, what);
		check(commandLine, output, model, force);
	}

	/** Refuses {@code -} for an output that can only be a file ({@code what}, such as "a model"). */
	static void requireFile(CommandLine commandLine, Path output, String what) {
		if (isStandardOutput(output)) {
			throw new ParameterException(commandLine, "--output - is standard output, but this writes " + what + " to a file: name the file");
		}
	}

	/** Refuses {@code output} when something other than a regular file is there, or its folder is missing. */
	static void requireRegularOrNone(Path output) {
		if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
			throw new NotRegular(output);
		}
		Path folder = output.getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new NoFolder(output, folder);
		}
	}

	/** Writes {@code bytes} to {@code output} through a temporary file. */
	static void write(Path output, byte[] bytes) throws IOException {
		Path temporary;
		try {
			temporary = Files.createTempFile(output.toAbsolutePath().getParent(), output.getFileName().toString(), ".tmp");
		} catch (NoSuchFileException e) { // the folder went away while the output was worked out
			throw new NoFolder(output, output.toAbsolutePath().getParent());
		}
		try {
			Files.write(temporary, bytes);
			requireRegularOrNone(output); // again: it may have been replaced while the output was worked out
			Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Writes {@code text} to {@code output} through a temporary file, or prints it when there is no output file or it is {@code -}. */
	static void write(CommandLine commandLine, Path output, String text) throws IOException {
		if (output == null || isStandardOutput(output)) {
			PrintWriter out = commandLine.getOut();
			out.print(text);
			out.flush();
			return;
		}
		write(output, text.getBytes(StandardCharsets.UTF_8));
	}
}
