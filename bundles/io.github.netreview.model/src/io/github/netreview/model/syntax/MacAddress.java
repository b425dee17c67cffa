package io.github.netreview.model.syntax;

/** A 48-bit MAC address, parsed from colon, hyphen or Cisco dotted notation and printed as 4C:BD:8F:12:34:56. */
public record MacAddress(long value) {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	public static MacAddress parse(String text) {
		if (text == null) {
			throw new SyntaxException("no MAC address given");
		}
		long value = valueOf(text.strip());
		if (value < 0) {
			throw new SyntaxException("'" + text + "' is not a MAC address (expected six hexadecimal octets, such as 4C:BD:8F:12:34:56)");
		}
		return new MacAddress(value);
	}

	/** Whether {@code text} is a MAC address in one of the accepted notations (classification asks this of every card). */
	public static boolean isValid(String text) {
		return text != null && valueOf(text.strip()) >= 0;
	}

	/** The address {@code text} holds, or null when it is none (or null): one reading, without an exception. */
	public static MacAddress parseOrNull(String text) {
		long value = text == null ? -1 : valueOf(text.strip());
		return value < 0 ? null : new MacAddress(value);
	}

	/**
	 * The address in 4C:BD:8F:12:34:56, 4C-BD-8F-12-34-56, 4cbd.8f12.3456 or 4CBD8F123456 notation (any case), or -1
	 * when {@code text} is none of them. Read by hand: classification parses a MAC of every device.
	 */
	private static long valueOf(String text) {
		int length = text.length();
		if (length == 17) {
			char separator = text.charAt(2);
			return separator == ':' || separator == '-' ? digits(text, separator, 2) : -1;
		}
		if (length == 14) {
			return digits(text, '.', 4);
		}
		return length == 12 ? digits(text, '\0', 12) : -1;
	}

	/** The hexadecimal digits of {@code text} in groups of {@code group} with {@code separator} between them, or -1. */
	private static long digits(String text, char separator, int group) {
		long value = 0;
		int inGroup = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inGroup == group) {
				if (c != separator) {
					return -1;
				}
				inGroup = 0;
				continue;
			}
			int digit = hexDigit(c);
			if (digit < 0) {
				return -1;
			}
			value = value << 4 | digit;
			inGroup++;
		}
		return value;
	}

	/** The value of an ASCII hexadecimal digit, or -1 (other scripts' digits are not a MAC's). */
	private static int hexDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		char upper = (char) (c & ~0x20);
		return upper >= 'A' && upper <= 'F' ? upper - 'A' + 10 : -1;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(17);
		for (int shift = 40; shift >= 0; shift -= 8) {
			if (shift < 40) {
				text.append(':');
			}
			text.append(HEX[(int) (value >>> shift + 4) & 0xF]).append(HEX[(int) (value >>> shift) & 0xF]);
		}
		return text.toString();
	}
}
