package io.github.netreview.analysis.classify;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.RestrictedVendor;

/**
 * What classification concluded about one device: the restricted vendor (or none), on what evidence, and, for a MAC
 * with no recorded maker, whom the IEEE registry names.
 */
public record Classification(Device device, RestrictedVendor vendor, Basis basis, String evidence, String registeredTo) {

	/** How the vendor was recognised. */
	public enum Basis {
		/** The recorded manufacturer is the vendor's name or an alias. */
		MANUFACTURER,
		/** No manufacturer is recorded; a MAC address lies in one of the vendor's blocks. */
		MAC_BLOCK,
		/** Not a restricted vendor's. */
		NONE
	}

	public boolean restricted() {
		return vendor != null;
	}

	/** Whether the maker is unknown: no manufacturer recorded and no catalog block matched. */
	public boolean unknownMaker() {
		return basis == Basis.NONE && (device.getManufacturer() == null || device.getManufacturer().isBlank());
	}
}
