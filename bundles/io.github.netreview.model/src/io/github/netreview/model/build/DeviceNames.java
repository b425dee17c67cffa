package io.github.netreview.model.build;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;

/** Names for new devices: the role's prefix and the number after the highest the network uses with it (cam-03 after cam-lobby-02). */
public final class DeviceNames {

	private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d{1,9})$");

	private DeviceNames() {
	}

	/** The short prefix of a role's names: cam, nvr, sw, rtr, fw, srv, ws, ap, diode, iot. */
	public static String prefix(DeviceRole role) {
		return switch (role) {
		case CAMERA -> "cam";
		case NVR -> "nvr";
		case SWITCH -> "sw";
		case ROUTER -> "rtr";
		case FIREWALL -> "fw";
		case SERVER -> "srv";
		case WORKSTATION -> "ws";
		case ACCESS_POINT -> "ap";
		case DATA_DIODE -> "diode";
		case IOT -> "iot";
		};
	}

	/**
	 * The next free name for a device of {@code role}: prefix-NN, NN one more than the highest number ending a name that
	 * starts with the prefix, skipping names that a device has or that {@code taken} refuses.
	 */
	public static String next(Network network, DeviceRole role, Predicate<String> taken) {
		String prefix = prefix(role) + "-";
		Set<String> names = new HashSet<>();
		int highest = 0;
		for (Device device : network.getDevices()) {
			String name = device.getName();
			if (name == null) {
				continue;
			}
			names.add(name);
			Matcher number = TRAILING_NUMBER.matcher(name);
			if (name.startsWith(prefix) && number.find() && number.start() >= prefix.length()) {
				highest = Math.max(highest, Integer.parseInt(number.group(1)));
			}
		}
		for (int n = highest + 1;; n++) {
			String name = String.format("%s%02d", prefix, n);
			if (!names.contains(name) && !taken.test(name)) {
				return name;
			}
		}
	}
}
