package io.github.netreview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each element is written in a model file: the line of its {@code id="..."} attribute, for SARIF regions. */
final class ModelLines {

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

	private final Map<String, Integer> lines = new HashMap<>();

	private ModelLines() {
	}

	static ModelLines of(Path file) {
		ModelLines result = new ModelLines();
		try {
			List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < text.size(); i++) {
				Matcher matcher = ID.matcher(text.get(i));
				if (matcher.find()) {
					result.lines.putIfAbsent(matcher.group(1), i + 1);
				}
			}
		} catch (IOException e) {
			// the model was read a moment ago; without lines the locations just have no region
		}
		return result;
	}

	/** The 1-based line of the element with {@code id}, or 0 when unknown. */
	int lineOf(String id) {
		return id == null ? 0 : lines.getOrDefault(id, 0);
	}
}
