package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.InterfaceMode;

/** The interface-mode IOS commands that set a port's VLANs, mode, state and addresses from one value to another. */
final class IosCommands {

	private IosCommands() {
	}

	static List<String> accessVlan(String vlan) {
		return vlan == null ? List.of("no switchport access vlan") : List.of("switchport access vlan " + vlan);
	}

	static List<String> nativeVlan(String vlan) {
		return vlan == null ? List.of("no switchport trunk native vlan") : List.of("switchport trunk native vlan " + vlan);
	}

	static List<String> enabled(boolean enabled) {
		return List.of(enabled ? "no shutdown" : "shutdown");
	}

	/** The commands that turn a port of mode {@code old} (null for a new port) into {@code now}. */
	static List<String> mode(InterfaceMode old, InterfaceMode now) {
		List<String> lines = new ArrayList<>();
		if (now == InterfaceMode.ROUTED) {
			lines.add("no switchport");
			return lines;
		}
		if (old == InterfaceMode.ROUTED) {
			lines.add("switchport");
		}
		lines.add(now == InterfaceMode.TRUNK ? "switchport mode trunk" : "switchport mode access");
		return lines;
	}

	/**
	 * The commands that change a trunk's allowed VLANs from {@code old} to {@code now} (lists such as 10,20,100-199;
	 * null or 'all' for all, 'none' for none): {@code add} and {@code remove} for the difference between two lists, the
	 * whole list otherwise; added before removed, so that nothing is cut before its replacement is carried.
	 */
	static List<String> allowedVlans(String old, String now) {
		BitSet before;
		BitSet after;
		try {
			before = VlanList.parse(old).toBitSet();
			after = VlanList.parse(now).toBitSet();
		} catch (SyntaxException e) {
			return List.of(IosText.comment("allowed VLANs " + text(old) + " -> " + text(now) + ": " + e.getMessage() + "; set them by hand"));
		}
		if (before.equals(after)) {
			return List.of(IosText.comment("allowed VLANs " + text(old) + " -> " + text(now) + ": the same VLANs, nothing to enter"));
		}
		if (after.isEmpty()) {
			return List.of("switchport trunk allowed vlan none");
		}
		if (isAll(after)) {
			return List.of("switchport trunk allowed vlan all");
		}
		if (before.isEmpty() || isAll(before)) {
			return List.of("switchport trunk allowed vlan " + list(after));
		}
		List<String> lines = new ArrayList<>();
		BitSet added = (BitSet) after.clone();
		added.andNot(before);
		BitSet removed = (BitSet) before.clone();
		removed.andNot(after);
		if (!added.isEmpty()) {
			lines.add("switchport trunk allowed vlan add " + list(added));
		}
		if (!removed.isEmpty()) {
			lines.add("switchport trunk allowed vlan remove " + list(removed));
		}
		return lines;
	}

	/**
	 * The commands that change a port's addresses (such as 10.10.40.254/24) from {@code old} to {@code now}: the first
	 * IPv4 address is the primary, which {@code ip address} replaces in place; the others are secondaries.
	 */
	static List<String> addresses(List<String> old, List<String> now) {
		List<IpPrefix> oldV4 = family(old, false);
		List<IpPrefix> newV4 = family(now, false);
		List<String> lines = new ArrayList<>();
		for (IpPrefix gone : oldV4.subList(Math.min(1, oldV4.size()), oldV4.size())) {
			if (!newV4.contains(gone)) {
				lines.add("no ip address " + IosAddresses.interfaceAddress(gone) + " secondary");
			}
		}
		if (newV4.isEmpty() && !oldV4.isEmpty()) {
			lines.add("no ip address");
		} else if (!newV4.isEmpty() && (oldV4.isEmpty() || !oldV4.get(0).equals(newV4.get(0)))) {
			lines.add("ip address " + IosAddresses.interfaceAddress(newV4.get(0)));
		}
		for (IpPrefix added : newV4.subList(Math.min(1, newV4.size()), newV4.size())) {
			if (!oldV4.subList(Math.min(1, oldV4.size()), oldV4.size()).contains(added)) {
				lines.add("ip address " + IosAddresses.interfaceAddress(added) + " secondary");
			}
		}
		List<IpPrefix> oldV6 = family(old, true);
		List<IpPrefix> newV6 = family(now, true);
		oldV6.stream().filter(a -> !newV6.contains(a)).forEach(a -> lines.add("no ipv6 address " + IosAddresses.interfaceAddress(a)));
		newV6.stream().filter(a -> !oldV6.contains(a)).forEach(a -> lines.add("ipv6 address " + IosAddresses.interfaceAddress(a)));
		for (String text : concat(old, now)) {
			if (IosAddresses.parse(text) == null) {
				lines.add(IosText.comment("'" + text + "' is not an IP address: set it by hand"));
			}
		}
		return lines;
	}

	/** A model's list of addresses held in one text (as an edit carries it): separated by commas or spaces. */
	static List<String> split(String addresses) {
		if (addresses == null || addresses.isBlank()) {
			return List.of();
		}
		return List.of(addresses.strip().split("[,;\\s]+"));
	}

	private static List<IpPrefix> family(List<String> addresses, boolean ipv6) {
		List<IpPrefix> prefixes = new ArrayList<>();
		for (String text : addresses) {
			IpPrefix prefix = IosAddresses.parse(text);
			if (prefix != null && prefix.isIpv6() == ipv6 && !prefixes.contains(prefix)) {
				prefixes.add(prefix);
			}
		}
		return prefixes;
	}

	private static Set<String> concat(List<String> a, List<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}

	/** VLANs as IOS lists them: 10,20,100-199. */
	static String list(BitSet vlans) {
		StringBuilder text = new StringBuilder();
		for (int from = vlans.nextSetBit(0); from >= 0; from = vlans.nextSetBit(vlans.nextClearBit(from))) {
			int to = vlans.nextClearBit(from) - 1;
			text.append(text.isEmpty() ? "" : ",").append(from).append(to > from ? "-" + to : "");
		}
		return text.toString();
	}

	private static boolean isAll(BitSet vlans) {
		return vlans.cardinality() == VlanList.MAX_VLAN - VlanList.MIN_VLAN + 1 && vlans.nextSetBit(0) == VlanList.MIN_VLAN;
	}

	private static String text(String vlans) {
		return vlans == null ? "(all)" : IosText.shown(vlans);
	}
}
