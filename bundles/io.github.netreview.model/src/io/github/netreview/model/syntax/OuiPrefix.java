package io.github.netreview.model.syntax;

/** An IEEE MAC address block: MA-L (24 bits, 4C:BD:8F), MA-M (28 bits, 4C:BD:8F:1) or MA-S (36 bits, 4C:BD:8F:12:3). */
public record OuiPrefix(long bits, int length) {

	public static OuiPrefix parse(String text) {
		if (text == null) {
			throw new SyntaxException("no OUI prefix given");
		}
		String hex = text.strip().replaceAll("[:\\-.]", "");
		int length = hex.length() * 4;
		if (!hex.matches("(?i)[0-9a-f]+") || (length != 24 && length != 28 && length != 36)) {
			throw new SyntaxException("'" + text + "' is not an OUI prefix (expected 6, 7 or 9 hexadecimal digits, such as 4C:BD:8F)");
		}
		return new OuiPrefix(Long.parseLong(hex, 16), length);
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		} catch (SyntaxException e) {
			return false;
		}
	}

	public boolean contains(MacAddress mac) {
		return (mac.value() >>> (48 - length)) == bits;
	}

	@Override
	public String toString() {
		String hex = String.format("%0" + (length / 4) + "X", bits);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < hex.length(); i += 2) {
			if (i > 0) {
				text.append(':');
			}
			text.append(hex, i, Math.min(i + 2, hex.length()));
		}
		return text.toString();
	}
}
