package io.github.netreview.editor.diagram.figures;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** The colours of a proposal preview: amber changed, green added and resolved paths, red removed. */
public enum PreviewColours {
	CHANGED(new RGB(0xff, 0xa0, 0x00)), ADDED(new RGB(0x2e, 0x9d, 0x3a)), REMOVED(new RGB(0xd0, 0x00, 0x00)),
	RESOLVED(new RGB(0x2e, 0x9d, 0x3a));

	private final RGB rgb;
	private Color colour;

	PreviewColours(RGB rgb) {
		this.rgb = rgb;
	}

	public Color get() {
		if (colour == null) {
			colour = new Color(Display.getCurrent(), rgb);
		}
		return colour;
	}
}
