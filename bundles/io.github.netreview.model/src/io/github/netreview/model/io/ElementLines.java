package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each element is written in a model file: the line of its {@code id="..."} attribute, for problem markers and
 * SARIF regions. A file that cannot be read has no lines, and so no element has one.
 */
public final class ElementLines {

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

	private final List<String> text;
	private final Map<String, Integer> lines = new HashMap<>();

	private ElementLines(List<String> text) {
		this.text = text;
		for (int i = 0; i < text.size(); i++) {
			Matcher matcher = ID.matcher(text.get(i));
			if (matcher.find()) {
				lines.putIfAbsent(matcher.group(1), i + 1);
			}
		}
	}

	public static ElementLines of(Path file) {
		try {
			return new ElementLines(Files.readAllLines(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return new ElementLines(List.of());
		}
	}

	/** The 1-based line of the element with {@code id}, or 0 when unknown. */
	public int lineOf(String id) {
		return id == null ? 0 : lines.getOrDefault(id, 0);
	}

	/** The text of 1-based line {@code line}. */
	public String text(int line) {
		return text.get(line - 1);
	}
}
