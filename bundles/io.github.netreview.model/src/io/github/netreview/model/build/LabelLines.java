package io.github.netreview.model.build;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Breaks a label into at most two lines for a box of a given width: where it reads well (after a " · ", a hyphen, a
 * dot, an underscore, a slash or a space) with the longer line as short as it can be, or mid-word when nothing else fits.
 */
public final class LabelLines {

	private static final String SEPARATOR = " · ";
	private static final String BREAKS = "-._/ ";

	private LabelLines() {
	}

	/** {@code text} on one line when it fits {@code room} pixels, else on two; a line is wider than room only if no split fits. */
	public static List<String> of(String text, int room, ToIntFunction<String> width) {
		if (width.applyAsInt(text) <= room) {
			return List.of(text);
		}
		List<String> separated = atSeparator(text);
		if (separated != null && widest(separated, width) <= room) {
			return separated;
		}
		List<String> breaks = atBreaks(text, width);
		if (breaks != null && widest(breaks, width) <= room) {
			return breaks;
		}
		List<String> even = evenly(text, width);
		return breaks == null || widest(even, width) < widest(breaks, width) ? even : breaks;
	}

	/** The narrowest room in which {@code text} reads well: one line, or two split at a break (evenly if it has none). */
	public static int room(String text, ToIntFunction<String> width) {
		List<String> breaks = atBreaks(text, width);
		int split = widest(breaks != null ? breaks : evenly(text, width), width);
		return Math.min(width.applyAsInt(text), split);
	}

	/** The width of the widest line. */
	public static int widest(List<String> lines, ToIntFunction<String> width) {
		int widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, width.applyAsInt(line));
		}
		return widest;
	}

	private static List<String> atSeparator(String text) {
		int at = text.indexOf(SEPARATOR);
		return at <= 0 ? null : List.of(text.substring(0, at + 2), text.substring(at + SEPARATOR.length()));
	}

	private static List<String> atBreaks(String text, ToIntFunction<String> width) {
		List<String> best = null;
		int bestWidth = Integer.MAX_VALUE;
		for (int i = 1; i < text.length(); i++) {
			if (BREAKS.indexOf(text.charAt(i - 1)) >= 0) {
				List<String> split = List.of(text.substring(0, i).stripTrailing(), text.substring(i).stripLeading());
				int widest = widest(split, width);
				if (!split.get(0).isEmpty() && !split.get(1).isEmpty() && widest < bestWidth) {
					best = split;
					bestWidth = widest;
				}
			}
		}
		return best;
	}

	private static List<String> evenly(String text, ToIntFunction<String> width) {
		List<String> best = List.of(text);
		int bestWidth = width.applyAsInt(text);
		for (int i = 1; i < text.length(); i++) {
			if (!Character.isLowSurrogate(text.charAt(i))) {
				List<String> split = List.of(text.substring(0, i), text.substring(i));
				int widest = widest(split, width);
				if (widest < bestWidth) {
					best = split;
					bestWidth = widest;
				}
			}
		}
		return best;
	}
}
