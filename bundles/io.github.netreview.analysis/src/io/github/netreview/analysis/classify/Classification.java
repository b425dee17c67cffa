package io.github.netreview.analysis.classify;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.RestrictedVendor;

/**
 * What classification concluded about one device: the restricted vendor (or none), on what evidence, for a MAC of a
 * device whose make is not recorded whom the IEEE registry names, whether a usable make was recorded, and whether a
 * valid MAC was found among the cards looked at (none are when the recorded make already names a restricted vendor).
 */
public record Classification(Device device, RestrictedVendor vendor, Basis basis, String evidence, String registeredTo,
		boolean makeRecorded, boolean hasMac) {

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
		return !makeRecorded;
	}

	/** Whether the maker is unknown: no usable manufacturer recorded and no catalog block matched. */
	public boolean unknownMaker() {
		return basis == Basis.NONE && !makeRecorded;
	}

	/** Whether nothing can tell the make: no usable manufacturer and no valid MAC address on any card. */
	public boolean unclassifiable() {
		return unknownMaker() && !hasMac;
	}
}
