package io.github.netreview.model.build;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;

/**
 * The name of a new port in its device's own scheme: after Gi1/0/1..Gi1/0/40 comes Gi1/0/41 (the most used stem of its
 * physical ports), a host without ports gets eth0, any other device port1.
 */
public final class PortNames {

	private static final Pattern STEM_NUMBER = Pattern.compile("^(.*?)(\\d{1,9})$");

	private PortNames() {
	}

	/** Whether {@code name} names a logical interface (an SVI, loopback, tunnel or port channel) rather than a jack. */
	public static boolean logical(String name) {
		return name != null && name.toLowerCase(Locale.ROOT).matches("(vlan|loopback|lo|tunnel|port-channel|po|bvi|vif)\\d.*");
	}

	/** A name no interface of {@code device} has, in the device's scheme. */
	public static String next(Device device) {
		Map<String, Integer> uses = new HashMap<>();
		Map<String, Integer> highest = new HashMap<>();
		Set<String> names = new HashSet<>();
		for (Interface port : device.getInterfaces()) {
			names.add(port.getName());
			Matcher m = port.getName() == null || logical(port.getName()) ? null : STEM_NUMBER.matcher(port.getName());
			if (m != null && m.matches()) {
				uses.merge(m.group(1), 1, Integer::sum);
				highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
			}
		}
		String stem = uses.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
				.map(Map.Entry::getKey).orElse(host(device.getRole()) ? "eth" : "port");
		int n = highest.containsKey(stem) ? highest.get(stem) + 1 : stem.equals("eth") ? 0 : 1;
		while (names.contains(stem + n)) {
			n++;
		}
		return stem + n;
	}

	/** Whether devices of {@code role} are hosts, whose cards are eth0, eth1, ... */
	public static boolean host(DeviceRole role) {
		return switch (role) {
		case CAMERA, NVR, SERVER, WORKSTATION, ACCESS_POINT, IOT -> true;
		default -> false;
		};
	}
}
