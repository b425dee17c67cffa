package io.github.netreview.editor.diagram.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

import io.github.netreview.editor.diagram.overlay.PreviewMarks;

/**
 * A device that is not in the model, drawn dashed where it would be or was: green with a "+" for one a previewed
 * proposal would add, red and struck through for one only the version compared with has.
 */
public final class GhostFigure extends Figure {

	private final String text;
	private final PreviewMarks.Kind kind;

	/** A device a previewed proposal would add. */
	public GhostFigure(String text) {
		this(text, PreviewMarks.Kind.ADDED);
	}

	public GhostFigure(String text, PreviewMarks.Kind kind) {
		this.text = text;
		this.kind = kind;
	}

	public String text() {
		return text;
	}

	public PreviewMarks.Kind kind() {
		return kind;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(2, 2);
		boolean removed = kind == PreviewMarks.Kind.REMOVED;
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(ColorConstants.white);
		g.fillRoundRectangle(r, 10, 10);
		g.setForegroundColor(removed ? PreviewColours.REMOVED.get() : PreviewColours.ADDED.get());
		g.setLineWidth(3);
		g.setLineStyle(Graphics.LINE_DASH);
		g.drawRoundRectangle(r, 10, 10);
		g.setLineStyle(Graphics.LINE_SOLID);
		if (!removed) {
			g.drawText("+ " + text, r.x + 10, r.y + r.height / 2 - 8);
			return;
		}
		int line = FigureUtilities.getFontMetrics(g.getFont()).getHeight();
		int y = r.y + r.height / 2 - line;
		g.drawText(text, r.x + 12, y);
		g.setLineWidth(2);
		g.drawLine(r.x + 10, y + line / 2 + 1, Math.min(r.right() - 8, r.x + 14 + FigureUtilities.getTextWidth(text, g.getFont())), y + line / 2 + 1);
		g.setForegroundColor(ColorConstants.darkGray);
		g.drawText("not in this version", r.x + 12, y + line);
	}
}
