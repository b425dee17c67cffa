package io.github.netreview.layout;

/** The colours drawings give the paths of core findings, one per finding in turn, as CSS hex. */
public final class PathPalette {

	private static final String[] HEX = { "#ff3d00", "#d500f9", "#ffab00", "#c51162", "#00b8d4", "#64dd17" };

	private PathPalette() {
	}

	/** The colour of finding {@code number} (from 0). */
	public static String hex(int number) {
		return HEX[number % HEX.length];
	}

	/** How many colours there are before they repeat. */
	public static int size() {
		return HEX.length;
	}
}
