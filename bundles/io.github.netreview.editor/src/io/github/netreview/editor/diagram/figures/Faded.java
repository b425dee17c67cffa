package io.github.netreview.editor.diagram.figures;

import java.util.function.Consumer;

import org.eclipse.draw2d.Graphics;

/** Paints a figure faded (at a given alpha) while a finding's path is in focus and the figure is not on it. */
public final class Faded {

	private Faded() {
	}

	/** Runs {@code paint} on {@code g}, at {@code alpha} when {@code faded}, else as it is. */
	static void paint(Graphics g, boolean faded, int alpha, Consumer<Graphics> paint) {
		if (!faded) {
			paint.accept(g);
			return;
		}
		g.pushState();
		g.setAlpha(alpha);
		paint.accept(g);
		g.popState();
	}
}
