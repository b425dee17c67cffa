package io.github.netreview.editor.diagram;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** One strong colour per highlighted finding, cycling; made once per display. */
final class PathColours {

	private static final RGB[] RGBS = { new RGB(0xff, 0x3d, 0x00), new RGB(0xd5, 0x00, 0xf9), new RGB(0xff, 0xab, 0x00),
			new RGB(0xc5, 0x11, 0x62), new RGB(0x00, 0xb8, 0xd4), new RGB(0x64, 0xdd, 0x17) };
	private static Color[] colours;

	private PathColours() {
	}

	/** The colour of finding {@code number}, or null for -1. */
	static Color of(int number) {
		if (number < 0) {
			return null;
		}
		if (colours == null) {
			Display display = Display.getCurrent();
			colours = new Color[RGBS.length];
			for (int i = 0; i < RGBS.length; i++) {
				colours[i] = new Color(display, RGBS[i]);
			}
		}
		return colours[number % colours.length];
	}
}
