package io.github.netreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A command's --output: refused when it is the model or exists (without --force); written whole or not at all. */
final class OutputFile {

	private OutputFile() {
	}

	/** Refuses {@code output} when it is {@code model} (if there is one) or exists without {@code force}. */
	static void check(CommandLine commandLine, Path output, Path model, boolean force) {
		if (output == null) {
			return;
		}
		if (model != null && output.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())) {
			throw new ParameterException(commandLine, output + " is MODEL itself; choose another --output");
		}
		if (Files.exists(output) && !force) {
			throw new ParameterException(commandLine, output + " exists; use --force to overwrite it");
		}
	}

	/** Writes {@code bytes} to {@code output} through a temporary file. */
	static void write(Path output, byte[] bytes) throws IOException {
		Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), output.getFileName().toString(), ".tmp");
		try {
			Files.write(temporary, bytes);
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
