package io.github.netreview.model.syntax;

import java.util.BitSet;

/** Parses comma-separated numbers and ranges such as 10,20,100-199 within fixed bounds. */
final class IntRanges {

	private IntRanges() {
	}

	static BitSet parse(String text, int min, int max, String what) {
		BitSet set = new BitSet(max + 1);
		for (String part : text.split(",")) {
			String item = part.strip();
			if (item.isEmpty()) {
				throw new SyntaxException("'" + text + "' has an empty item; write " + what + "s as 10,20,100-199");
			}
			int dash = item.indexOf('-');
			int from = number(dash < 0 ? item : item.substring(0, dash), text, min, max, what);
			int to = dash < 0 ? from : number(item.substring(dash + 1), text, min, max, what);
			if (to < from) {
				throw new SyntaxException("'" + item + "' in '" + text + "' is a range that ends before it starts");
			}
			set.set(from, to + 1);
		}
		return set;
	}

	private static int number(String digits, String text, int min, int max, String what) {
		String trimmed = digits.strip();
		if (!trimmed.matches("[0-9]{1,6}")) {
			throw new SyntaxException("'" + trimmed + "' in '" + text + "' is not a " + what);
		}
		int value = Integer.parseInt(trimmed);
		if (value < min || value > max) {
			throw new SyntaxException(what + " " + value + " in '" + text + "' is outside " + min + "-" + max);
		}
		return value;
	}
}
