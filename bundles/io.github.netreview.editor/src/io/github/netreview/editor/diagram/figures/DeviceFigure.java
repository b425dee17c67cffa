package io.github.netreview.editor.diagram.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.editor.diagram.overlay.PreviewMarks;
import io.github.netreview.model.build.DeviceLabel;
import io.github.netreview.model.build.LabelLines;
import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.topology.DeviceRole;

/**
 * A device on the diagram: a stripe in its role's colour and the role's glyph on the left, the name in full on one or
 * two lines and the maker's brand to the right; a red stripe and a red exclamation badge on the glyph when the analysis
 * classifies it restricted, a thick border in its finding's colour when a path to the core runs through it, and faded
 * when another finding's path is in focus. A proposal's preview or a comparison with another version marks it (amber
 * changed, green added, red removed), a thicker border when a new finding's path runs through it.
 */
public final class DeviceFigure extends Figure {

	private static final int GLYPH = 32;
	private static final int BADGE = 16;
	/** The width of the border of a device on a new finding's path. */
	private static final int NEW_PATH = 8;
	/** How opaque a device off the focused path is drawn, out of 255. */
	private static final int DIMMED = 60;
	private static final Map<DeviceRole, Image> GLYPHS = new EnumMap<>(DeviceRole.class);
	private static final Map<DeviceRole, Color> COLOURS = new EnumMap<>(DeviceRole.class);

	private final Label firstLine = new Label();
	private final Label secondLine = new Label();
	private final Label detail = new Label();
	private DeviceLabel label = new DeviceLabel("", "", "");
	private DeviceRole role = DeviceRole.SERVER;
	private boolean restricted;
	private Color highlight;
	private PreviewMarks.Kind preview;
	private boolean resolved;
	private PreviewMarks.Kind compared;
	private boolean onNewPath;
	private boolean dimmed;

	public DeviceFigure() {
		for (Label line : List.of(firstLine, secondLine, detail)) {
			line.setLabelAlignment(PositionConstants.LEFT);
			add(line);
		}
		detail.setForegroundColor(ColorConstants.darkGray);
	}

	public void update(DeviceRole newRole, DeviceLabel newLabel) {
		role = newRole == null ? DeviceRole.SERVER : newRole;
		label = newLabel;
		detail.setText(label.detail());
		setToolTip(new Label(tooltip()));
		revalidate();
		repaint();
	}

	/** Name, role and the maker's full name. */
	public String tooltip() {
		return label.name() + "\n" + DeviceLabel.role(role) + (label.maker().isEmpty() ? "" : ", " + label.maker());
	}

	/** The lines of text drawn, for tests: the name's one or two lines, then the brand. */
	List<Label> lines() {
		return secondLine.isVisible() ? List.of(firstLine, secondLine, detail) : List.of(firstLine, detail);
	}

	/** Fades the device (or shows it fully again) while another path is in focus. */
	public void dim(boolean dim) {
		if (dimmed != dim) {
			dimmed = dim;
			repaint();
		}
	}

	public boolean dimmed() {
		return dimmed;
	}

	/** Shows the analysis: the restricted badge, and the colour of the finding whose path runs through (or null). */
	public void overlay(boolean isRestricted, Color pathColour) {
		restricted = isRestricted;
		highlight = pathColour;
		repaint();
	}

	/** Shows a proposal's preview: what it does to this device, and whether it takes this device's path off the core. */
	public void preview(PreviewMarks.Kind kind, boolean pathResolved) {
		preview = kind;
		resolved = pathResolved;
		repaint();
	}

	public PreviewMarks.Kind preview() {
		return preview;
	}

	/** Shows a comparison with another version: what changed on this device, and whether a new finding's path runs through it. */
	public void compare(PreviewMarks.Kind kind, boolean newPath) {
		compared = kind;
		onNewPath = newPath;
		repaint();
	}

	public PreviewMarks.Kind compared() {
		return compared;
	}

	public boolean onNewPath() {
		return onNewPath;
	}

	public boolean restricted() {
		return restricted;
	}

	public Color highlight() {
		return highlight;
	}

	@Override
	protected void layout() {
		Rectangle r = getClientArea();
		Font font = getFont();
		int room = r.width - NodeSizes.TEXT_LEFT - NodeSizes.TEXT_RIGHT;
		List<String> name = LabelLines.of(label.name(), room, text -> FigureUtilities.getTextExtents(text, font).width);
		int line = FigureUtilities.getFontMetrics(font).getHeight();
		int y = r.y + (r.height - (name.size() + 1) * line) / 2;
		firstLine.setText(name.get(0));
		secondLine.setText(name.size() > 1 ? name.get(1) : "");
		secondLine.setVisible(name.size() > 1);
		for (Label text : lines()) {
			text.setBounds(new Rectangle(r.x + NodeSizes.TEXT_LEFT, y, room, line));
			y += line;
		}
	}

	@Override
	public void paint(Graphics g) {
		Faded.paint(g, dimmed, DIMMED, super::paint);
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().shrink(NodeSizes.FRAME, NodeSizes.FRAME);
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
		} else if (highlight != null || onNewPath) {
			g.setForegroundColor(highlight != null ? highlight : PathColours.of(0));
			g.setLineWidth(onNewPath ? NEW_PATH : 5);
		} else {
			g.setForegroundColor(ColorConstants.gray);
			g.setLineWidth(1);
		}
		g.drawRoundRectangle(r, 10, 10);
		g.setLineStyle(Graphics.LINE_SOLID);
		paintMark(g, r, preview != null ? preview : compared);
		if (restricted) {
			Rectangle badge = new Rectangle(r.x + 10 + GLYPH - BADGE + 4, r.y + (r.height - GLYPH) / 2 - BADGE / 2 + 2, BADGE, BADGE);
			g.setBackgroundColor(ColorConstants.red);
			g.fillOval(badge);
			g.setBackgroundColor(ColorConstants.white);
			g.fillRectangle(badge.x + BADGE / 2 - 1, badge.y + 3, 3, 7);
			g.fillRectangle(badge.x + BADGE / 2 - 1, badge.y + 11, 3, 2);
		}
	}

	private static void paintMark(Graphics g, Rectangle r, PreviewMarks.Kind mark) {
		if (mark == null) {
			return;
		}
		Rectangle outer = r.getCopy().expand(1, 1);
		g.setLineWidth(3);
		switch (mark) {
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
