package io.github.netreview.interchange.text;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Refuses imported values holding characters a model file (XML 1.0) cannot store, such as NUL, before a model that cannot be read again is written. */
public final class StorableText {

	private StorableText() {
	}

	/** Throws naming the first field, by name order, whose value a model file cannot store. */
	public static void check(Map<String, String> values) {
		for (Map.Entry<String, String> field : new TreeMap<>(values).entrySet()) {
			int bad = firstUnstorable(field.getValue());
			if (bad >= 0) {
				throw new IllegalArgumentException(field.getKey() + " holds the character "
						+ String.format(Locale.ROOT, "U+%04X", field.getValue().codePointAt(bad)) + ", which a model file cannot store");
			}
		}
	}

	/** The index of the first character XML 1.0 does not allow in {@code text}, or -1. */
	public static int firstUnstorable(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			if (!storable(text.codePointAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean storable(int c) {
		return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
	}
}
