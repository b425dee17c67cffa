package io.github.netreview.analysis.classify;

import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.RestrictedVendor;

/**
 * What classification concluded about one device: the restricted vendor (or none), on what evidence, and, for a MAC
 * of a device whose make is not recorded, whom the IEEE registry names.
 */
public record Classification(Device device, RestrictedVendor vendor, Basis basis, String evidence, String registeredTo) {

	/** How the vendor was recognised. */
	public enum Basis {
		/** The recorded manufacturer is the vendor's name or an alias. */
		MANUFACTURER,
		/** No usable manufacturer is recorded (none, or a placeholder); a MAC address lies in one of the vendor's blocks. */
		MAC_BLOCK,
		/** Another company is recorded as the maker, but a MAC lies in the vendor's block: possibly relabelled equipment. */
		MAC_BLOCK_OTHER_MAKE,
		/** Not a restricted vendor's. */
		NONE
	}

	public boolean restricted() {
		return vendor != null;
	}

	/** Whether no usable manufacturer is recorded: none, blank, or a placeholder such as "Generic". */
	public boolean makeUnrecorded() {
		return PlaceholderMakes.isPlaceholder(device.getManufacturer());
	}

	/** Whether the maker is unknown: no usable manufacturer recorded and no catalog block matched. */
	public boolean unknownMaker() {
		return basis == Basis.NONE && makeUnrecorded();
	}

	/** Whether nothing can tell the make: no usable manufacturer and no valid MAC address on any card. */
	public boolean unclassifiable() {
		return unknownMaker() && device.getInterfaces().stream().map(Interface::getMac).noneMatch(mac -> mac != null && MacAddress.isValid(mac));
	}
}
