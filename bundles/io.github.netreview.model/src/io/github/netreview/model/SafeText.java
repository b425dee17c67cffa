package io.github.netreview.model;

/** Text from a model or an input file made safe to show: control and bidi characters visible, long values cut, markup escaped. */
public final class SafeText {

	/** How many characters of a value an error message echoes. */
	public static final int ECHOED = 80;

	private SafeText() {
	}

	/**
	 * {@code text} on one line with nothing hidden: a newline as {@code \n}, other C0 and C1 controls as {@code \\u00XX},
	 * bidi controls, line separators, lone surrogates and non-characters as {@code <U+202E>}; null as empty.
	 */
	public static String visible(String text) {
		if (text == null) {
			return "";
		}
		int first = firstHidden(text);
		if (first < 0) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			appendVisible(shown, text, i);
		}
		return shown.toString();
	}

	/** {@code text} cut to {@code max} characters, "..." marking the cut; null as empty. */
	public static String cut(String text, int max) {
		return cut(text, max, "...");
	}

	/** {@code text} cut to {@code max} characters (never inside a surrogate pair), {@code mark} marking the cut; null as empty. */
	public static String cut(String text, int max, String mark) {
		if (text == null) {
			return "";
		}
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end) + mark;
	}

	/** A value as an error message echoes it: quoted, cut to {@link #ECHOED} characters, visible. */
	public static String echo(String value) {
		return "'" + visible(cut(value, ECHOED)) + "'";
	}

	/** {@code text} visible and escaped for XML and HTML text and double-quoted attributes. */
	public static String markup(String text) {
		String shown = visible(text);
		if (shown.indexOf('&') < 0 && shown.indexOf('<') < 0 && shown.indexOf('>') < 0 && shown.indexOf('"') < 0) {
			return shown;
		}
		return shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static int firstHidden(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (hidden(text, i)) {
				return i;
			}
		}
		return -1;
	}

	private static void appendVisible(StringBuilder shown, String text, int i) {
		char c = text.charAt(i);
		if (!hidden(text, i)) {
			shown.append(c);
		} else if (c == '\n') {
			shown.append("\\n");
		} else if (isControl(c)) {
			shown.append(String.format("\\u%04X", (int) c));
		} else {
			shown.append(String.format("<U+%04X>", (int) c));
		}
	}

	private static boolean hidden(String text, int i) {
		char c = text.charAt(i);
		return isControl(c) || isBidiOrSeparator(c) || c == '\uFFFE' || c == '\uFFFF' || isLoneSurrogate(text, i);
	}

	private static boolean isControl(char c) {
		return c < 0x20 || c >= 0x7F && c <= 0x9F;
	}

	/** ALM, LRM, RLM, the embeddings and overrides, the isolates, and the line and paragraph separators. */
	private static boolean isBidiOrSeparator(char c) {
		return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u2028' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
	}

	private static boolean isLoneSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
	}
}
