package io.github.netreview.editor.diagram.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * A site or zone: a titled rounded box whose content pane lays its children out at their own coordinates. Core zones
 * are drawn in blue with a CORE tag, sensitive sites with a SENSITIVE tag.
 */
public final class ContainerFigure extends Figure {

	public static final int TITLE = 28;

	private final Label title = new Label();
	private final IFigure content = new Figure();
	private Color fill;
	private Color border;
	private String tag;

	public ContainerFigure() {
		setLayoutManager(new XYLayout());
		title.setLabelAlignment(PositionConstants.LEFT);
		add(title);
		content.setLayoutManager(new XYLayout());
		add(content);
	}

	public IFigure content() {
		return content;
	}

	public void update(String text, RGB fillRgb, RGB borderRgb, String newTag) {
		title.setText(text == null ? "" : text);
		if (fill != null) {
			fill.dispose();
			border.dispose();
		}
		fill = new Color(Display.getCurrent(), fillRgb);
		border = new Color(Display.getCurrent(), borderRgb);
		tag = newTag;
		revalidate();
		repaint();
	}

	@Override
	protected void layout() {
		Rectangle r = getClientArea();
		int tagRoom = tag == null ? 0 : tagWidth() + 8;
		title.setBounds(new Rectangle(r.x + 10, r.y + 4, r.width - 20 - tagRoom, 20));
		content.setBounds(new Rectangle(r.x, r.y, r.width, r.height));
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(1, 1);
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(fill == null ? ColorConstants.white : fill);
		g.fillRoundRectangle(r, 14, 14);
		g.setForegroundColor(border == null ? ColorConstants.gray : border);
		g.setLineWidth(2);
		g.drawRoundRectangle(r, 14, 14);
		if (tag != null) {
			int width = tagWidth();
			Rectangle box = new Rectangle(r.right() - width - 8, r.y + 6, width, 16);
			g.setBackgroundColor(border == null ? ColorConstants.gray : border);
			g.fillRoundRectangle(box, 6, 6);
			g.setForegroundColor(ColorConstants.white);
			g.drawText(tag, box.x + 6, box.y);
		}
	}

	/** The width of the tag's box, which the title keeps clear of. */
	private int tagWidth() {
		return FigureUtilities.getTextExtents(tag, getFont()).width + 12;
	}

	/** The title, for tests. */
	Label title() {
		return title;
	}

	public void dispose() {
		if (fill != null) {
			fill.dispose();
			border.dispose();
		}
	}
}
