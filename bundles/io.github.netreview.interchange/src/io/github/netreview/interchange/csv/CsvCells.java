package io.github.netreview.interchange.csv;

/**
 * Keeps exported cells from running as spreadsheet formulas (OWASP's CSV injection advice): a value that starts with
 * {@code = + - @}, a TAB or a CR, after any apostrophes, is written with one more leading {@code '}, and import takes
 * exactly that one off again, so every value comes back as it was.
 */
public final class CsvCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/** {@code value} as a cell no spreadsheet takes for a formula. */
	public static String neutralised(String value) {
		return value != null && startsFormula(value, 0) ? "'" + value : value;
	}

	/** The value a cell written by {@link #neutralised} holds. */
	public static String restored(String cell) {
		return cell.startsWith("'") && startsFormula(cell, 1) ? cell.substring(1) : cell;
	}

	private static boolean startsFormula(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
	}
}
