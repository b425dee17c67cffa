package io.github.netreview.analysis.findings;

import java.util.Comparator;

/** Orders text as people do: runs of digits by their value, so cam-160 comes before cam-1096; case is ignored first. */
public final class NaturalOrder implements Comparator<String> {

	public static final NaturalOrder INSTANCE = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byValue = compareNumbers(a.substring(i, endA), b.substring(j, endB));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
			} else {
				int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		int byLength = Integer.compare(a.length() - i, b.length() - j);
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static int digitsEnd(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	/** Compares digit runs by value without parsing them (they may be longer than a long). */
	private static int compareNumbers(String a, String b) {
		String x = a.replaceFirst("^0+(?=.)", "");
		String y = b.replaceFirst("^0+(?=.)", "");
		return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
	}
}
