package io.github.netreview.editor.diagram.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

/** A device a previewed proposal would add, drawn dashed green where it would go; it is not in the model. */
public final class GhostFigure extends Figure {

	private final String text;

	public GhostFigure(String text) {
		this.text = text;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(2, 2);
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(ColorConstants.white);
		g.fillRoundRectangle(r, 10, 10);
		g.setForegroundColor(PreviewColours.ADDED.get());
		g.setLineWidth(3);
		g.setLineStyle(Graphics.LINE_DASH);
		g.drawRoundRectangle(r, 10, 10);
		g.setLineStyle(Graphics.LINE_SOLID);
		g.drawText("+ " + text, r.x + 10, r.y + r.height / 2 - 8);
	}
}
