package io.github.netreview.model;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;

/** Whether a device is network equipment (switch, router, firewall, data diode): it carries traffic, it is no party to it. */
public final class NetworkEquipment {

	private NetworkEquipment() {
	}

	public static boolean is(Device device) {
		DeviceRole role = device.getRole();
		return role == DeviceRole.SWITCH || role == DeviceRole.ROUTER || role == DeviceRole.FIREWALL || role == DeviceRole.DATA_DIODE;
	}
}
