package io.github.netreview.editor.diagram;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.model.topology.DeviceRole;

/**
 * A device on the diagram: a stripe in its role's colour and the role's glyph on the left, name and make to the right;
 * a red stripe and a red exclamation badge when the analysis classifies it restricted, and a thick border in its finding's colour when a path to
 * the core runs through it.
 */
final class DeviceFigure extends Figure {

	private static final int GLYPH = 32;
	private static final int BADGE = 18;
	private static final Map<DeviceRole, Image> GLYPHS = new EnumMap<>(DeviceRole.class);
	private static final Map<DeviceRole, Color> COLOURS = new EnumMap<>(DeviceRole.class);

	private final Label name = new Label();
	private final Label detail = new Label();
	private DeviceRole role = DeviceRole.SERVER;
	private boolean restricted;
	private Color highlight;
	private PreviewMarks.Kind preview;
	private boolean resolved;

	DeviceFigure() {
		add(name);
		add(detail);
		name.setLabelAlignment(PositionConstants.LEFT);
		detail.setLabelAlignment(PositionConstants.LEFT);
		detail.setForegroundColor(ColorConstants.darkGray);
	}

	void update(DeviceRole newRole, String text, String maker) {
		role = newRole == null ? DeviceRole.SERVER : newRole;
		name.setText(text == null ? "" : text);
		detail.setText(maker == null || maker.isBlank() ? RoleIcons.label(role) : maker);
		setToolTip(new Label(name.getText() + "\n" + RoleIcons.label(role) + (maker == null ? "" : ", " + maker)));
		repaint();
	}

	/** Shows the analysis: the restricted badge, and the colour of the finding whose path runs through (or null). */
	void overlay(boolean isRestricted, Color pathColour) {
		restricted = isRestricted;
		highlight = pathColour;
		revalidate();
		repaint();
	}

	/** Shows a proposal's preview: what it does to this device, and whether it takes this device's path off the core. */
	void preview(PreviewMarks.Kind kind, boolean pathResolved) {
		preview = kind;
		resolved = pathResolved;
		repaint();
	}

	PreviewMarks.Kind preview() {
		return preview;
	}

	boolean restricted() {
		return restricted;
	}

	Color highlight() {
		return highlight;
	}

	@Override
	protected void layout() {
		Rectangle r = getClientArea();
		name.setBounds(new Rectangle(r.x + 48, r.y + 9, r.width - 54 - (restricted ? BADGE : 0), 18));
		detail.setBounds(new Rectangle(r.x + 48, r.y + 29, r.width - 54, 16));
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(3, 3);
		g.setAntialias(SWT.ON);
		g.setBackgroundColor(ColorConstants.white);
		g.fillRoundRectangle(r, 10, 10);
		g.setBackgroundColor(restricted ? ColorConstants.red : colour(role));
		g.fillRectangle(r.x + 1, r.y + 4, 5, r.height - 8);
		g.drawImage(glyph(role), r.x + 10, r.y + (r.height - GLYPH) / 2);
		if (highlight != null && resolved) {
			g.setForegroundColor(PreviewColours.RESOLVED.get());
			g.setLineWidth(5);
			g.setLineStyle(Graphics.LINE_DOT);
		} else if (highlight != null) {
			g.setForegroundColor(highlight);
			g.setLineWidth(5);
		} else {
			g.setForegroundColor(ColorConstants.gray);
			g.setLineWidth(1);
		}
		g.drawRoundRectangle(r, 10, 10);
		g.setLineStyle(Graphics.LINE_SOLID);
		paintPreview(g, r);
		if (restricted) {
			Rectangle badge = new Rectangle(r.right() - BADGE - 4, r.y + 4, BADGE, BADGE);
			g.setBackgroundColor(ColorConstants.red);
			g.fillOval(badge);
			g.setBackgroundColor(ColorConstants.white);
			g.fillRectangle(badge.x + BADGE / 2 - 1, badge.y + 4, 3, 7);
			g.fillRectangle(badge.x + BADGE / 2 - 1, badge.y + 13, 3, 2);
		}
	}

	private void paintPreview(Graphics g, Rectangle r) {
		if (preview == null) {
			return;
		}
		Rectangle outer = r.getCopy().expand(1, 1);
		g.setLineWidth(3);
		switch (preview) {
		case CHANGED -> {
			g.setForegroundColor(PreviewColours.CHANGED.get());
			g.drawRoundRectangle(outer, 12, 12);
		}
		case ADDED -> {
			g.setForegroundColor(PreviewColours.ADDED.get());
			g.setLineStyle(Graphics.LINE_DASH);
			g.drawRoundRectangle(outer, 12, 12);
			g.setLineStyle(Graphics.LINE_SOLID);
		}
		case REMOVED -> {
			g.setForegroundColor(PreviewColours.REMOVED.get());
			g.drawLine(r.x, r.y, r.right(), r.bottom());
			g.drawLine(r.x, r.bottom(), r.right(), r.y);
		}
		}
	}

	private static Image glyph(DeviceRole role) {
		return GLYPHS.computeIfAbsent(role, r -> disposedWithDisplay(new Image(Display.getCurrent(), RoleIcons.draw(r, GLYPH))));
	}

	private static Color colour(DeviceRole role) {
		return COLOURS.computeIfAbsent(role, r -> new Color(Display.getCurrent(), RoleIcons.colour(r)));
	}

	private static Image disposedWithDisplay(Image image) {
		Display.getCurrent().disposeExec(image::dispose);
		return image;
	}
}
