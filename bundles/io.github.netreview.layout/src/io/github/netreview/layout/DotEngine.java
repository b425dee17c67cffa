package io.github.netreview.layout;

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
			engine = engine.searchPath(searchPath); // a new engine: searchPath does not change this one
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
