package io.github.netreview.io.changes;

import java.util.List;

/**
 * What to enter on one device, in Cisco IOS syntax, with {@code !} comments for what IOS cannot express; {@code id}
 * is null for the part that touches no device (the network model only).
 */
public record DeviceConfig(String name, String id, String about, List<ConfigLine> lines) {

	public DeviceConfig {
		lines = List.copyOf(lines);
	}

	/** Whether this is the part of the network model that no device configuration carries. */
	public boolean modelOnly() {
		return id == null;
	}
}
