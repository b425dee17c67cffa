package io.github.netreview.model.syntax;

/** A 48-bit MAC address, parsed from colon, hyphen or Cisco dotted notation and printed as 4C:BD:8F:12:34:56. */
public record MacAddress(long value) {

	public static MacAddress parse(String text) {
		if (text == null) {
			throw new SyntaxException("no MAC address given");
		}
		String hex = hexDigits(text.strip());
		if (hex == null || hex.length() != 12) {
			throw new SyntaxException("'" + text + "' is not a MAC address (expected six hexadecimal octets, such as 4C:BD:8F:12:34:56)");
		}
		return new MacAddress(Long.parseLong(hex, 16));
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		} catch (SyntaxException e) {
			return false;
		}
	}

	/** The hexadecimal digits of a MAC in one of the accepted notations, or null when the notation is not one of them. */
	private static String hexDigits(String text) {
		if (text.matches("(?i)[0-9a-f]{2}([:-])[0-9a-f]{2}(\\1[0-9a-f]{2}){4}")) {
			return text.replaceAll("[:-]", "");
		}
		if (text.matches("(?i)[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}") || text.matches("(?i)[0-9a-f]{12}")) {
			return text.replace(".", "");
		}
		return null;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(17);
		for (int shift = 40; shift >= 0; shift -= 8) {
			if (text.length() > 0) {
				text.append(':');
			}
			text.append(String.format("%02X", (value >>> shift) & 0xFF));
		}
		return text.toString();
	}
}
