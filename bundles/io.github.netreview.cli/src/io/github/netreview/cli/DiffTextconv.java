package io.github.netreview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.report.diff.ModelTextconv;

/**
 * {@code diff --textconv FILE}: the text a git diff driver compares for one version of a model. A version that is no
 * valid model still gives text, so that {@code git diff} shows it: a first line saying why it cannot be loaded, then
 * the file as it is.
 */
final class DiffTextconv {

	private DiffTextconv() {
	}

	static String of(Path file, Analyzer analyzer) throws IOException {
		try {
			return ModelTextconv.of(ModelFiles.load(file).getContents(), analyzer);
		} catch (ModelLoadException e) {
			String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			return "# netreview: this version cannot be loaded as a model: " + e.getMessage() + "\n" + raw + (raw.endsWith("\n") ? "" : "\n");
		}
	}
}
