package io.github.netreview.layout;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;

/** Runs graphviz's {@code dot} through graphviz-java's command-line engine and returns its JSON output. */
final class DotEngine {

	private DotEngine() {
	}

	/**
	 * The graph laid out by dot, as graphviz's JSON; fails when dot is not installed or rejects the graph. dot is
	 * looked for on {@code searchPath} (a PATH-like list), or on the PATH when that is null.
	 */
	static String layout(String dot, String searchPath) {
		return render(dot, searchPath, Format.JSON0);
	}

	/** The graph rendered by dot in {@code format}. */
	static synchronized String render(String dot, String searchPath, Format format) {
		GraphvizCmdLineEngine engine = new GraphvizCmdLineEngine();
		if (searchPath != null) {
			requireDotOn(searchPath); // graphviz-java falls back to the PATH when dot is not on the search path
			engine.searchPath(searchPath);
		}
		engine.timeout(120, TimeUnit.SECONDS);
		Graphviz.useEngine(engine);
		try {
			return Graphviz.fromString(dot).render(format).toString();
		} finally {
			Graphviz.releaseEngine();
		}
	}

	private static void requireDotOn(String searchPath) {
		for (String directory : searchPath.split(File.pathSeparator)) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "dot"))) {
				return;
			}
		}
		throw new IllegalStateException("dot is not on " + searchPath);
	}
}
