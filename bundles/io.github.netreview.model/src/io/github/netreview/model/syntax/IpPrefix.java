package io.github.netreview.model.syntax;

import java.util.Arrays;

/**
 * An IPv4 or IPv6 address with a prefix length, as in 10.20.30.0/24, 10.20.30.5/24 or 2001:db8::/64.
 * Without a length it is a single host (/32 or /128). Parsing never touches DNS.
 */
public final class IpPrefix {

	private final byte[] address;
	private final int length;

	private IpPrefix(byte[] address, int length) {
		this.address = address;
		this.length = length;
	}

	public static IpPrefix parse(String text) {
		if (text == null || text.isBlank()) {
			throw new SyntaxException("no IP address given");
		}
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
		byte[] address = host.contains(":") ? parseIpv6(host, text) : parseIpv4(host, text);
		int max = address.length * 8;
		int length = max;
		if (slash >= 0) {
			String bits = trimmed.substring(slash + 1);
			if (!bits.matches("[0-9]{1,3}") || Integer.parseInt(bits) > max) {
				throw new SyntaxException("'" + text + "' has prefix length '" + bits + "'; it must be 0-" + max);
			}
			length = Integer.parseInt(bits);
		}
		return new IpPrefix(address, length);
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		} catch (SyntaxException e) {
			return false;
		}
	}

	private static byte[] parseIpv4(String host, String text) {
		String[] parts = host.split("\\.", -1);
		if (parts.length != 4) {
			throw new SyntaxException("'" + text + "' is not an IPv4 or IPv6 address");
		}
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
				throw new SyntaxException("'" + text + "' is not an IPv4 address: '" + parts[i] + "' is not 0-255");
			}
			bytes[i] = (byte) Integer.parseInt(parts[i]);
		}
		return bytes;
	}

	private static byte[] parseIpv6(String host, String text) {
		int doubleColon = host.indexOf("::");
		if (doubleColon >= 0 && host.indexOf("::", doubleColon + 1) >= 0) {
			throw new SyntaxException("'" + text + "' is not an IPv6 address: '::' appears twice");
		}
		String head = doubleColon < 0 ? host : host.substring(0, doubleColon);
		String tail = doubleColon < 0 ? "" : host.substring(doubleColon + 2);
		int[] headGroups = groups(head, text);
		int[] tailGroups = groups(tail, text);
		int total = headGroups.length + tailGroups.length;
		if (doubleColon < 0 ? total != 8 : total > 7) {
			throw new SyntaxException("'" + text + "' is not an IPv6 address: it has the wrong number of groups");
		}
		int[] all = new int[8];
		System.arraycopy(headGroups, 0, all, 0, headGroups.length);
		System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
		byte[] bytes = new byte[16];
		for (int i = 0; i < 8; i++) {
			bytes[2 * i] = (byte) (all[i] >>> 8);
			bytes[2 * i + 1] = (byte) all[i];
		}
		return bytes;
	}

	/** The 16-bit groups of one side of an IPv6 address; a trailing dotted IPv4 part counts as two groups. */
	private static int[] groups(String side, String text) {
		if (side.isEmpty()) {
			return new int[0];
		}
		String[] parts = side.split(":", -1);
		boolean dottedTail = parts[parts.length - 1].contains(".");
		int[] groups = new int[parts.length + (dottedTail ? 1 : 0)];
		for (int i = 0; i < parts.length - (dottedTail ? 1 : 0); i++) {
			if (!parts[i].matches("(?i)[0-9a-f]{1,4}")) {
				throw new SyntaxException("'" + text + "' is not an IPv6 address: '" + parts[i] + "' is not a hexadecimal group");
			}
			groups[i] = Integer.parseInt(parts[i], 16);
		}
		if (dottedTail) {
			byte[] v4 = parseIpv4(parts[parts.length - 1], text);
			groups[parts.length - 1] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
			groups[parts.length] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
		}
		return groups;
	}

	public boolean isIpv6() {
		return address.length == 16;
	}

	public int length() {
		return length;
	}

	/** Whether all bits after the prefix length are zero, as a network prefix's must be. */
	public boolean isNetwork() {
		return Arrays.equals(address, network().address);
	}

	/** This prefix with the host bits cleared. */
	public IpPrefix network() {
		byte[] masked = address.clone();
		for (int bit = length; bit < masked.length * 8; bit++) {
			masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		return new IpPrefix(masked, length);
	}

	/** How many addresses the prefix spans, or {@link Long#MAX_VALUE} when more. */
	public long size() {
		int hostBits = address.length * 8 - length;
		return hostBits >= 63 ? Long.MAX_VALUE : 1L << hostBits;
	}

	/** The address {@code offset} after this prefix's network address, with this prefix's length. */
	public IpPrefix plus(long offset) {
		byte[] sum = network().address;
		long carry = offset;
		for (int i = sum.length - 1; i >= 0 && carry != 0; i--) {
			long total = (sum[i] & 0xFF) + (carry & 0xFF);
			sum[i] = (byte) total;
			carry = (carry >>> 8) + (total >>> 8);
		}
		return new IpPrefix(sum, length);
	}

	/** This address alone (/32 or /128), to compare addresses whatever prefix length they were written with. */
	public IpPrefix host() {
		return new IpPrefix(address.clone(), address.length * 8);
	}

	/** Whether the address of {@code other} lies inside this prefix. */
	public boolean contains(IpPrefix other) {
		if (other.address.length != address.length) {
			return false;
		}
		return Arrays.equals(new IpPrefix(other.address, length).network().address, network().address);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IpPrefix that && length == that.length && Arrays.equals(address, that.address);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(address) + length;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		if (isIpv6()) {
			for (int i = 0; i < 16; i += 2) {
				if (i > 0) {
					text.append(':');
				}
				text.append(Integer.toHexString(((address[i] & 0xFF) << 8) | (address[i + 1] & 0xFF)));
			}
		} else {
			for (int i = 0; i < 4; i++) {
				if (i > 0) {
					text.append('.');
				}
				text.append(address[i] & 0xFF);
			}
		}
		return text.append('/').append(length).toString();
	}
}
