package io.github.netreview.layout;

import java.util.HashMap;
import java.util.Map;

/** The colours drawings give the paths of core findings, one per finding in turn, as CSS hex. */
public final class PathPalette {

	private static final String[] HEX = { "#ff3d00", "#d500f9", "#ffab00", "#c51162", "#00b8d4", "#64dd17" };

	private PathPalette() {
	}

	/** The colour of finding {@code number} (from 0). */
	public static String hex(int number) {
		return HEX[number % HEX.length];
	}

	/** The colour of each element on a core path, by id, from the number of the path it is on. */
	public static Map<String, String> colours(Map<String, Integer> pathNumbers) {
		Map<String, String> colours = new HashMap<>();
		pathNumbers.forEach((id, number) -> colours.put(id, hex(number)));
		return colours;
	}

	/** How many colours there are before they repeat. */
	public static int size() {
		return HEX.length;
	}
}
