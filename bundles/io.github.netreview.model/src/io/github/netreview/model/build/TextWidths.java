package io.github.netreview.model.build;

/**
 * How wide text is drawn in a diagram's font, estimated without a display from DejaVu Sans's advance widths and
 * rounded up, so that boxes sized from it hold the text the editor, SVG and PNG draw.
 */
public final class TextWidths {

	/** The font size the estimate is for, in pixels (the workbench's 10 pt at 96 dpi is 13.3). */
	public static final double PIXELS = 13.5;
	/** The height of a line of text, in pixels. */
	public static final int LINE = 17;

	/** DejaVu Sans advance widths of the printable ASCII characters from space on, in 1/2048 em. */
	private static final short[] ADVANCE = { 651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303,
			1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294,
			1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403,
			799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300,
			1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716 };
	/** Anything else: a wide Latin letter, or a full em for CJK and beyond. */
	private static final int OTHER = 1600;
	private static final int WIDE = 2048;

	private TextWidths() {
	}

	/** The estimated width of {@code text} on one line, in pixels. */
	public static int of(String text) {
		long units = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			units += c >= 32 && c < 32 + ADVANCE.length ? ADVANCE[c - 32] : c >= 0x2e80 ? WIDE : OTHER;
		}
		return (int) Math.ceil(units * PIXELS / 2048);
	}
}
