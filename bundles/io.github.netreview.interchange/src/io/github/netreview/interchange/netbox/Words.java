package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits names into lower-case words: on anything not a letter or digit, and at camelCase and digit boundaries. */
final class Words {

	private static final String CAMEL = "(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])";

	private Words() {
	}

	/**
	 * The words of {@code text} in order: "HQ-CCTV" gives hq, cctv; "CoreInfra" gives coreinfra, core, infra. Each
	 * piece between separators also counts whole, so "IoT" is iot as well as io and t.
	 */
	static List<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		if (text == null) {
			return List.of();
		}
		for (String piece : text.split("[^A-Za-z0-9]+")) {
			if (piece.isEmpty()) {
				continue;
			}
			words.add(piece.toLowerCase(Locale.ROOT));
			for (String part : piece.split(CAMEL)) {
				words.add(part.toLowerCase(Locale.ROOT));
			}
		}
		return new ArrayList<>(words);
	}
}
