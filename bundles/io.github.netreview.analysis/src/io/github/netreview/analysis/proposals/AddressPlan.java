package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * Addresses for interfaces moved into a segment: for each address, the next host of the segment's prefix of the same
 * family (IPv4 or IPv6) that no interface of the network uses, nor one handed out before. Hosts start after the
 * network address; an IPv4 prefix's broadcast address is never given.
 */
final class AddressPlan {

	private final Network network;
	/** The IPv4 addresses of the network's interfaces, sorted; read at the first address asked for. */
	private int[] usedIpv4;
	/** The IPv6 addresses of the network's interfaces, and every address handed out. */
	private final Set<IpPrefix> used = new HashSet<>();

	AddressPlan(Network network) {
		this.network = network;
	}

	/** Reads every interface's addresses once; IPv4 ones, nearly all of them, into a sorted array. */
	private void readUsed() {
		List<Integer> ipv4 = new ArrayList<>();
		for (Device device : network.getDevices()) {
			for (Interface port : device.getInterfaces()) {
				if (!port.eIsSet(TopologyPackage.Literals.INTERFACE__ADDRESSES)) {
					continue; // asking for the list would make an empty one on each of millions of cards
				}
				for (String address : port.getAddresses()) {
					int value = Ipv4.parse(address);
					if (value != Ipv4.NONE) {
						ipv4.add(value);
					} else {
						try {
							used.add(IpPrefix.parse(address).host());
						} catch (SyntaxException e) {
							// a malformed address uses nothing; the validator reports it
						}
					}
				}
			}
		}
		usedIpv4 = ipv4.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/**
	 * The addresses {@code port} gets in {@code segment}: each of its addresses replaced by a free one of the same
	 * family, or kept when the segment has no prefix of that family (or none free); null when nothing changes.
	 */
	List<String> readdress(Interface port, Segment segment) {
		List<String> addresses = new ArrayList<>();
		boolean changed = false;
		for (String address : port.getAddresses()) {
			String moved = next(address, segment);
			changed |= moved != null;
			addresses.add(moved == null ? address : moved);
		}
		return changed ? addresses : null;
	}

	/** A free host of {@code segment}'s first prefix of the address's family, null when the address is in it already or none. */
	private String next(String address, Segment segment) {
		IpPrefix current;
		try {
			current = IpPrefix.parse(address);
		} catch (SyntaxException e) {
			return null;
		}
		for (String text : segment.getPrefixes()) {
			IpPrefix prefix;
			try {
				prefix = IpPrefix.parse(text);
			} catch (SyntaxException e) {
				continue;
			}
			if (prefix.isIpv6() != current.isIpv6()) {
				continue;
			}
			if (prefix.contains(current)) {
				return null;
			}
			return free(prefix);
		}
		return null;
	}

	private String free(IpPrefix prefix) {
		if (usedIpv4 == null) {
			readUsed();
		}
		long last = prefix.isIpv6() ? Long.MAX_VALUE - 1 : prefix.size() - 2;
		for (long offset = 1; offset <= last; offset++) {
			IpPrefix host = prefix.plus(offset);
			boolean taken = !prefix.isIpv6() && Arrays.binarySearch(usedIpv4, Ipv4.parse(host.toString())) >= 0;
			if (!taken && used.add(host.host())) {
				return host.toString();
			}
		}
		return null;
	}
}
