package io.github.netreview.analysis.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.RestrictedVendor;

/**
 * Decides whether a device is a restricted vendor's: by its recorded manufacturer when that names one, and by the
 * MAC blocks of its interfaces for every device, so that a placeholder make ("Generic") or another company's name
 * cannot hide a restricted vendor's card.
 */
public final class DeviceClassifier {

	private final VendorCatalog catalog;
	private final IeeeRegistry registry;
	/** Networks repeat a handful of manufacturer spellings across thousands of devices: look each up once. */
	private final Map<String, Optional<RestrictedVendor>> byManufacturer = new HashMap<>();
	private final Map<String, Boolean> placeholders = new HashMap<>();

	public DeviceClassifier(VendorCatalog catalog, IeeeRegistry registry) {
		this.catalog = catalog;
		this.registry = registry;
	}

	public Classification classify(Device device) {
		String manufacturer = device.getManufacturer();
		boolean recorded = !placeholders.computeIfAbsent(manufacturer == null ? "" : manufacturer, PlaceholderMakes::isPlaceholder);
		if (recorded) {
			Optional<RestrictedVendor> vendor = byManufacturer.computeIfAbsent(manufacturer, catalog::byManufacturer);
			if (vendor.isPresent()) {
				return new Classification(device, vendor.get(), Classification.Basis.MANUFACTURER, "manufacturer '" + manufacturer + "'",
						null, true, false);
			}
		}
		String registered = null;
		boolean hasMac = false;
		for (Interface port : device.getInterfaces()) {
			MacAddress mac = MacAddress.parseOrNull(port.getMac());
			if (mac == null) {
				continue;
			}
			hasMac = true;
			Optional<VendorCatalog.MacMatch> match = catalog.byMac(mac);
			if (match.isPresent()) {
				return byMac(device, port, mac, match.get(), recorded);
			}
			if (registered == null && !recorded) {
				registered = registry.organization(mac).orElse(null);
			}
		}
		return new Classification(device, null, Classification.Basis.NONE, null, registered, recorded, hasMac);
	}

	private Classification byMac(Device device, Interface port, MacAddress mac, VendorCatalog.MacMatch match, boolean recorded) {
		String block = "MAC " + mac + " of " + ElementLabels.name(port) + " is in " + match.vendor().getName() + "'s block " + match.prefix();
		String manufacturer = device.getManufacturer();
		if (recorded) {
			return new Classification(device, match.vendor(), Classification.Basis.MAC_BLOCK_OTHER_MAKE, block
					+ ", though the manufacturer is recorded as '" + manufacturer + "': possibly relabelled (OEM) equipment", null, true, true);
		}
		String why = manufacturer == null || manufacturer.isBlank() ? "manufacturer not recorded"
				: "manufacturer recorded only as '" + manufacturer + "', a placeholder";
		return new Classification(device, match.vendor(), Classification.Basis.MAC_BLOCK, block + " (" + why + ")",
				registry.organization(mac).orElse(null), false, true);
	}
}
