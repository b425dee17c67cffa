package io.github.netreview.editor.diagram.figures;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.layout.PathPalette;

/** The colours of {@link PathPalette} as SWT colours, one per highlighted finding; made once per display. */
public final class PathColours {

	private static Color[] colours;

	private PathColours() {
	}

	/** The colour of finding {@code number}, or null for -1. */
	public static Color of(int number) {
		if (number < 0) {
			return null;
		}
		if (colours == null) {
			Display display = Display.getCurrent();
			colours = new Color[PathPalette.size()];
			for (int i = 0; i < colours.length; i++) {
				int rgb = Integer.parseInt(PathPalette.hex(i).substring(1), 16);
				colours[i] = new Color(display, new RGB(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff));
			}
		}
		return colours[number % colours.length];
	}
}
