package io.github.netreview.model.io;

/** Makes text from a file safe to quote in a one-line message: cut to a readable length, control and bidi characters shown as escapes. */
final class Excerpt {

	/** The longest value quoted in a message, in characters. */
	static final int VALUE_LENGTH = 80;

	private Excerpt() {
	}

	/** {@code value} as at most about {@link #VALUE_LENGTH} characters on one line, ending in "..." when cut. */
	static String of(String value) {
		return of(value, VALUE_LENGTH);
	}

	/** {@code text} as at most about {@code length} characters on one line, ending in "..." when cut. */
	static String of(String text, int length) {
		if (text == null) {
			return "";
		}
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			if (shown.length() >= length) {
				return shown.append("...").toString();
			}
			appendVisible(shown, text.codePointAt(i));
		}
		return shown.toString();
	}

	private static void appendVisible(StringBuilder shown, int c) {
		if (Character.isISOControl(c) || isBidiControl(c) || Character.getType(c) == Character.SURROGATE
				|| Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
			shown.append(String.format("\\u%04X", c));
		} else {
			shown.appendCodePoint(c);
		}
	}

	/** Characters that reorder the text around them on a terminal, which could make a message say something else. */
	private static boolean isBidiControl(int c) {
		return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}
}
