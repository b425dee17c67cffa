package io.github.netreview.interchange.netbox;

import java.util.Locale;
import java.util.Optional;

/** The NetBox REST endpoints the import reads, in the order it reads them. */
public enum Endpoint {
	SITES("dcim/sites"),
	VLAN_GROUPS("ipam/vlan-groups"),
	VLANS("ipam/vlans"),
	PREFIXES("ipam/prefixes"),
	DEVICES("dcim/devices"),
	INTERFACES("dcim/interfaces"),
	IP_ADDRESSES("ipam/ip-addresses"),
	CABLES("dcim/cables");

	private final String path;

	Endpoint(String path) {
		this.path = path;
	}

	/** The endpoint's path under /api/, such as dcim/devices. */
	public String path() {
		return path;
	}

	@Override
	public String toString() {
		return path;
	}

	public static Optional<Endpoint> ofPath(String path) {
		for (Endpoint endpoint : values()) {
			if (endpoint.path.equals(path)) {
				return Optional.of(endpoint);
			}
		}
		return Optional.empty();
	}

	/** The endpoint path of a record's {@code url} (https://host/api/dcim/devices/17/ gives dcim/devices), or null. */
	public static String pathOfUrl(String url) {
		if (url == null) {
			return null;
		}
		String path = url.replaceFirst("[?#].*$", "");
		int api = path.indexOf("/api/");
		if (api < 0) {
			return null;
		}
		String[] parts = path.substring(api + 5).split("/");
		return parts.length >= 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? parts[0] + "/" + parts[1] : null;
	}

	/**
	 * The endpoint a file is named after, for records that carry no url: devices.json, dcim_devices.json or
	 * dcim-devices.json (underscores and hyphens alike).
	 */
	public static Optional<Endpoint> ofFileName(String fileName) {
		String base = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "").replace('_', '-');
		for (Endpoint endpoint : values()) {
			String model = endpoint.path.substring(endpoint.path.indexOf('/') + 1);
			if (base.equals(model) || base.equals(endpoint.path.replace('/', '-'))) {
				return Optional.of(endpoint);
			}
		}
		return Optional.empty();
	}
}
