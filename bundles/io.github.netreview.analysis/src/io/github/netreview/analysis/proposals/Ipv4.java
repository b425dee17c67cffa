package io.github.netreview.analysis.proposals;

/** A quick reading of dotted IPv4 addresses (with or without a prefix length) as one int, for large address scans. */
final class Ipv4 {

	/** What {@link #parse} gives for anything but a well-formed IPv4 address. */
	static final int NONE = 0;

	private Ipv4() {
	}

	/** The address as an int (0.0.0.0 reads as {@link #NONE} too, never an interface's address). */
	static int parse(String text) {
		int value = 0;
		int octet = -1;
		int dots = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
				if (octet > 255) {
					return NONE;
				}
			} else if (c == '.' || c == '/') {
				if (octet < 0 || (c == '.') == (dots == 3)) {
					return NONE;
				}
				value = (value << 8) | octet;
				octet = -1;
				if (c == '/') {
					return dots == 3 ? value : NONE;
				}
				dots++;
			} else {
				return NONE;
			}
		}
		return dots == 3 && octet >= 0 ? (value << 8) | octet : NONE;
	}
}
