package io.github.netreview.analysis.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.RestrictedVendor;

/**
 * Decides whether a device is a restricted vendor's: by its recorded manufacturer when there is one, otherwise by the
 * MAC blocks of its interfaces.
 */
public final class DeviceClassifier {

	private final VendorCatalog catalog;
	private final IeeeRegistry registry;
	/** Networks repeat a handful of manufacturer spellings across thousands of devices: look each up once. */
	private final Map<String, Optional<RestrictedVendor>> byManufacturer = new HashMap<>();

	public DeviceClassifier(VendorCatalog catalog, IeeeRegistry registry) {
		this.catalog = catalog;
		this.registry = registry;
	}

	public Classification classify(Device device) {
		String manufacturer = device.getManufacturer();
		if (manufacturer != null && !manufacturer.isBlank()) {
			Optional<RestrictedVendor> vendor = byManufacturer.computeIfAbsent(manufacturer, catalog::byManufacturer);
			return vendor.map(v -> new Classification(device, v, Classification.Basis.MANUFACTURER,
					"manufacturer '" + manufacturer + "'", null))
					.orElseGet(() -> new Classification(device, null, Classification.Basis.NONE, null, null));
		}
		String registered = null;
		for (Interface port : device.getInterfaces()) {
			if (port.getMac() == null || !MacAddress.isValid(port.getMac())) {
				continue;
			}
			MacAddress mac = MacAddress.parse(port.getMac());
			Optional<VendorCatalog.MacMatch> match = catalog.byMac(mac);
			if (match.isPresent()) {
				return new Classification(device, match.get().vendor(), Classification.Basis.MAC_BLOCK,
						"MAC " + mac + " of " + port.getName() + " is in " + match.get().vendor().getName() + "'s block "
								+ match.get().prefix() + " (manufacturer not recorded)",
						registry.organization(mac).orElse(null));
			}
			if (registered == null) {
				registered = registry.organization(mac).orElse(null);
			}
		}
		return new Classification(device, null, Classification.Basis.NONE, null, registered);
	}
}
