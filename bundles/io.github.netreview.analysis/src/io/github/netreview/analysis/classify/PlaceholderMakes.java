package io.github.netreview.analysis.classify;

import java.util.Set;

/**
 * Manufacturer values that record nothing: inventories fill the field with "Generic", "Unknown", "N/A", "OEM",
 * "IP Camera", "-" and the like when nobody knew the make. Such a device counts as one of unrecorded make.
 * Compared as {@link CompanyNames} compares names (case, punctuation and legal forms do not count).
 */
public final class PlaceholderMakes {

	/** The documented list (README, "Classification"), in comparable form. */
	static final Set<String> VALUES = Set.of("", "generic", "unknown", "n a", "na", "none", "null", "nil", "oem", "odm",
			"ip camera", "ipcamera", "ip cam", "camera", "network camera", "cctv", "cctv camera", "nvr", "dvr", "tbd", "tbc",
			"todo", "other", "others", "various", "misc", "default", "unbranded", "white label", "whitelabel", "no name",
			"noname", "no brand", "not recorded", "not known", "not specified", "unspecified", "undefined", "manufacturer",
			"vendor", "generic manufacturer", "unknown manufacturer", "unknown vendor", "placeholder", "x", "xx", "xxx",
			"test", "0");

	private PlaceholderMakes() {
	}

	/** Whether {@code manufacturer} is empty or a placeholder that names no company. */
	public static boolean isPlaceholder(String manufacturer) {
		return VALUES.contains(CompanyNames.normalize(manufacturer));
	}
}
