package io.github.netreview.editor.diagram.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolylineConnection;

/** A link's line, faded while a path it is not on is in focus. */
public final class LinkFigure extends PolylineConnection {

	/** How opaque a link off the focused path is drawn, out of 255. */
	private static final int DIMMED = 50;

	private boolean dimmed;

	public void dim(boolean dim) {
		if (dimmed != dim) {
			dimmed = dim;
			repaint();
		}
	}

	public boolean dimmed() {
		return dimmed;
	}

	@Override
	public void paint(Graphics g) {
		Faded.paint(g, dimmed, DIMMED, super::paint);
	}
}
