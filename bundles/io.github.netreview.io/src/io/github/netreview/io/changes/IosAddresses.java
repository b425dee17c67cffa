package io.github.netreview.io.changes;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;

/** IP addresses and prefixes as IOS writes them: dotted and wildcard masks, {@code host}, {@code any}, compressed IPv6. */
final class IosAddresses {

	private IosAddresses() {
	}

	/** The prefix, or null when {@code text} is not an address. */
	static IpPrefix parse(String text) {
		try {
			return IpPrefix.parse(text);
		} catch (SyntaxException e) {
			return null;
		}
	}

	/** The address without its length: 10.10.30.108, 2001:db8::5. */
	static String address(IpPrefix prefix) {
		String text = prefix.toString();
		String address = text.substring(0, text.indexOf('/'));
		return prefix.isIpv6() ? compressed(address) : address;
	}

	/** The dotted mask of an IPv4 prefix length: 255.255.255.0 for 24. */
	static String mask(int length) {
		return dotted(length == 0 ? 0 : -1L << (32 - length));
	}

	/** The wildcard mask of an IPv4 prefix length: 0.0.0.255 for 24. */
	static String wildcard(int length) {
		return dotted(length == 0 ? 0xFFFFFFFFL : ~(-1L << (32 - length)));
	}

	/** One address as an access-list end: {@code host 10.10.30.108}. */
	static String host(IpPrefix address) {
		return "host " + address(address);
	}

	/** A network as an access-list end: {@code 10.10.10.0 0.0.0.255}, {@code 2001:db8:10::/64}, {@code host ...} or {@code any}. */
	static String network(IpPrefix prefix) {
		int full = prefix.isIpv6() ? 128 : 32;
		if (prefix.length() == 0) {
			return "any";
		}
		if (prefix.length() == full) {
			return host(prefix);
		}
		IpPrefix network = prefix.network();
		return prefix.isIpv6() ? address(network) + "/" + prefix.length() : address(network) + " " + wildcard(prefix.length());
	}

	/** An interface address as {@code ip address} takes it: {@code 10.10.40.23 255.255.255.0}, or {@code 2001:db8::1/64}. */
	static String interfaceAddress(IpPrefix address) {
		return address.isIpv6() ? address(address) + "/" + address.length() : address(address) + " " + mask(address.length());
	}

	private static String dotted(long bits) {
		return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
	}

	/** An IPv6 address of eight groups with its longest run of two or more zero groups written as {@code ::}. */
	static String compressed(String full) {
		String[] groups = full.split(":");
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < groups.length;) {
			int j = i;
			while (j < groups.length && groups[j].equals("0")) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = j == i ? i + 1 : j;
		}
		if (bestStart < 0) {
			return full;
		}
		String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
		String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
		return head + "::" + tail;
	}
}
