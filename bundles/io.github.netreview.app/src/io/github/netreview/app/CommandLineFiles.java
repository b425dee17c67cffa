package io.github.netreview.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The model files among the application's arguments: every {@code *.netreview} argument. Other arguments are
 * options or their values (a test harness, for one, passes its own files), so they are not opened.
 */
final class CommandLineFiles {

	private CommandLineFiles() {
	}

	static List<Path> parse(String[] arguments) {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			if (!argument.startsWith("-") && argument.endsWith(".netreview")) {
				files.add(Path.of(argument).toAbsolutePath().normalize());
			}
		}
		return files;
	}
}
