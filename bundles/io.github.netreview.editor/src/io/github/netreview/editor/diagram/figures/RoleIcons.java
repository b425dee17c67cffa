package io.github.netreview.editor.diagram.figures;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import io.github.netreview.model.build.DeviceLabel;
import io.github.netreview.model.topology.DeviceRole;

/**
 * A distinct glyph and colour per device role, drawn with SWT so palette, diagram and views share them: a camera body
 * and lens, a recorder with disks, a switch with ports, a router's arrows, a firewall's bricks and so on.
 */
public final class RoleIcons {

	private static final Map<DeviceRole, RGB> COLOURS = new EnumMap<>(Map.of(DeviceRole.CAMERA, new RGB(0x8e, 0x44, 0xad),
			DeviceRole.NVR, new RGB(0x6c, 0x3b, 0x8f), DeviceRole.SWITCH, new RGB(0x1f, 0x6f, 0xb2), DeviceRole.ROUTER,
			new RGB(0x16, 0x8a, 0x7c), DeviceRole.FIREWALL, new RGB(0xc0, 0x39, 0x2b), DeviceRole.SERVER, new RGB(0x4a, 0x55, 0x68),
			DeviceRole.WORKSTATION, new RGB(0x5d, 0x6d, 0x7e), DeviceRole.ACCESS_POINT, new RGB(0x27, 0x9a, 0xd6),
			DeviceRole.DATA_DIODE, new RGB(0xd3, 0x8b, 0x10), DeviceRole.IOT, new RGB(0x2e, 0x8b, 0x57)));
	private static final Map<DeviceRole, ImageDescriptor> DESCRIPTORS = new EnumMap<>(DeviceRole.class);

	private RoleIcons() {
	}

	static RGB colour(DeviceRole role) {
		return COLOURS.getOrDefault(role, new RGB(0x55, 0x55, 0x55));
	}

	/** "Camera", "Access point", "Data diode". */
	public static String label(DeviceRole role) {
		return DeviceLabel.role(role);
	}

	public static synchronized ImageDescriptor descriptor(DeviceRole role) {
		return DESCRIPTORS.computeIfAbsent(role, r -> ImageDescriptor.createFromImageDataProvider(zoom -> draw(r, 16 * zoom / 100)));
	}

	public static ImageDescriptor link() {
		return ImageDescriptor.createFromImageDataProvider(zoom -> {
			int size = 16 * zoom / 100;
			return paint(size, (gc, s) -> {
				gc.setLineWidth(Math.max(2, s / 8));
				gc.drawLine(2, s - 3, s - 3, 2);
				gc.fillOval(0, s - 5, 5, 5);
				gc.fillOval(s - 5, 0, 5, 5);
			}, new RGB(0x33, 0x33, 0x33));
		});
	}

	/** The role's glyph at {@code size} pixels square. */
	static ImageData draw(DeviceRole role, int size) {
		return paint(size, (gc, s) -> glyph(role, gc, s), colour(role));
	}

	private interface Painter {
		void paint(GC gc, int size);
	}

	private static ImageData paint(int size, Painter painter, RGB rgb) {
		Display display = Display.getDefault();
		Image image = new Image(display, size, size);
		GC gc = new GC(image);
		Color colour = new Color(display, rgb);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, size, size);
			gc.setForeground(colour);
			gc.setBackground(colour);
			painter.paint(gc, size);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		data.transparentPixel = data.palette.getPixel(new RGB(255, 255, 255));
		return data;
	}

	/** Draws the role's shape in the current colours on a {@code s}-pixel square. */
	static void glyph(DeviceRole role, GC gc, int s) {
		int u = Math.max(1, s / 16);
		gc.setLineWidth(u);
		switch (role) {
		case CAMERA -> {
			gc.fillRoundRectangle(1 * u, 5 * u, 10 * u, 7 * u, 3 * u, 3 * u);
			gc.fillPolygon(new int[] { 11 * u, 7 * u, 15 * u, 5 * u, 15 * u, 12 * u, 11 * u, 10 * u });
		}
		case NVR -> {
			gc.drawRectangle(1 * u, 3 * u, 14 * u, 10 * u);
			gc.fillOval(3 * u, 6 * u, 4 * u, 4 * u);
			gc.fillOval(9 * u, 6 * u, 4 * u, 4 * u);
		}
		case SWITCH -> {
			gc.fillRectangle(1 * u, 5 * u, 14 * u, 6 * u);
			for (int i = 0; i < 4; i++) {
				gc.fillRectangle((2 + 3 * i) * u, 12 * u, 2 * u, 2 * u);
			}
		}
		case ROUTER -> {
			gc.fillOval(1 * u, 1 * u, 14 * u, 14 * u);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
			gc.setLineWidth(2 * u);
			gc.drawLine(4 * u, 8 * u, 12 * u, 8 * u);
			gc.drawLine(8 * u, 4 * u, 8 * u, 12 * u);
		}
		case FIREWALL -> {
			for (int row = 0; row < 4; row++) {
				int offset = row % 2 == 0 ? 0 : 3;
				for (int x = offset; x < 16; x += 6) {
					gc.fillRectangle((x + 1) * u, (row * 4 + 1) * u, Math.min(5, 15 - x) * u, 3 * u);
				}
			}
		}
		case SERVER -> {
			gc.drawRectangle(3 * u, 1 * u, 10 * u, 14 * u);
			gc.fillRectangle(5 * u, 4 * u, 6 * u, 2 * u);
			gc.fillRectangle(5 * u, 8 * u, 6 * u, 2 * u);
		}
		case WORKSTATION -> {
			gc.drawRectangle(1 * u, 2 * u, 14 * u, 9 * u);
			gc.fillRectangle(5 * u, 12 * u, 6 * u, 2 * u);
		}
		case ACCESS_POINT -> {
			gc.drawArc(2 * u, 2 * u, 12 * u, 12 * u, 30, 120);
			gc.drawArc(5 * u, 5 * u, 6 * u, 6 * u, 30, 120);
			gc.fillOval(7 * u, 10 * u, 3 * u, 3 * u);
		}
		case DATA_DIODE -> {
			gc.fillPolygon(new int[] { 2 * u, 2 * u, 11 * u, 8 * u, 2 * u, 14 * u });
			gc.fillRectangle(12 * u, 2 * u, 2 * u, 12 * u);
		}
		case IOT -> {
			gc.drawRectangle(4 * u, 4 * u, 8 * u, 8 * u);
			for (int i = 0; i < 3; i++) {
				gc.drawLine((5 + 3 * i) * u, 1 * u, (5 + 3 * i) * u, 4 * u);
				gc.drawLine((5 + 3 * i) * u, 12 * u, (5 + 3 * i) * u, 15 * u);
			}
		}
		}
	}
}
