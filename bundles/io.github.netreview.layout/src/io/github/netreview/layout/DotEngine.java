package io.github.netreview.layout;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
			// graphviz-java tries the bare name on the process's PATH when the search path has no dot: look first.
			if (Stream.of(searchPath.split(File.pathSeparator)).noneMatch(dir -> Files.isExecutable(Path.of(dir, "dot")))) {
				throw new IllegalStateException("no dot on " + searchPath);
			}
			engine = engine.searchPath(searchPath);
		}
		engine.timeout(120, TimeUnit.SECONDS);
		Graphviz.useEngine(engine);
		try {
			return Graphviz.fromString(dot).render(format).toString();
		} finally {
			Graphviz.releaseEngine();
		}
	}
}
