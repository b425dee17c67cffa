package io.github.netreview.interchange.csv;

/**
 * The columns of NetReview's CSV format, one file holding segments, devices, interfaces and links, one per row, told
 * apart by {@code kind}; a row leaves the columns its kind does not use empty.
 * <ul>
 * <li>segment: id, name, site, zone, zone_kind, vlan, addresses (its prefixes, space-separated)</li>
 * <li>device: id, name, site, zone, zone_kind, role, manufacturer, model</li>
 * <li>interface: device (the device's id), name, mode, vlan (access), native_vlan, allowed_vlans, mac, addresses,
 * enabled</li>
 * <li>link: id, end_a and end_b (device-id:interface-name), enabled, direction (BOTH, FROM_A, FROM_B)</li>
 * </ul>
 * Sites and zones are named, and created on first use; zone_kind (CORE, SERVER, USER, SURVEILLANCE, IOT, OT, DMZ,
 * GUEST, MANAGEMENT, EXTERNAL) is read where a zone first appears and decides whether it is a core zone.
 */
public final class CsvColumns {

	public static final String[] HEADER = { "kind", "id", "name", "site", "zone", "zone_kind", "role", "manufacturer", "model", "device",
			"mode", "vlan", "native_vlan", "allowed_vlans", "mac", "addresses", "enabled", "end_a", "end_b", "direction" };

	private CsvColumns() {
	}
}
