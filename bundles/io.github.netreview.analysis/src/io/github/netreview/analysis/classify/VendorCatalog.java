package io.github.netreview.analysis.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.netreview.model.catalog.DefaultCatalog;
import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.syntax.OuiPrefix;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RestrictedVendor;

/** Looks restricted vendors up by company name (canonical or alias, never a fragment) and by MAC address block. */
public final class VendorCatalog {

	/** A MAC address inside a vendor's block. */
	public record MacMatch(RestrictedVendor vendor, OuiPrefix prefix) {
	}

	private final Map<String, RestrictedVendor> byName;
	private final List<Map<Long, MacMatch>> byPrefixLength = new ArrayList<>();
	private final BlockTable mal;
	private final BlockTable mam;
	private final BlockTable mas;
	private final String version;

	private VendorCatalog(VendorCatalog base, List<Catalog> catalogs) {
		byName = base == null ? new HashMap<>() : new HashMap<>(base.byName);
		for (int i = 0; i < 3; i++) {
			byPrefixLength.add(base == null ? new HashMap<>() : new HashMap<>(base.byPrefixLength.get(i)));
		}
		List<String> versions = new ArrayList<>();
		if (base != null) {
			versions.add(base.version);
		}
		for (Catalog catalog : catalogs) {
			versions.add(catalog.getName() + " " + catalog.getVersion()
					+ (catalog.getRegistryDate() == null ? "" : " (IEEE registry " + catalog.getRegistryDate() + ")"));
			for (RestrictedVendor vendor : catalog.getVendors()) {
				add(vendor);
			}
		}
		version = String.join("; ", versions);
		mal = BlockTable.of(byPrefixLength.get(0));
		mam = BlockTable.of(byPrefixLength.get(1));
		mas = BlockTable.of(byPrefixLength.get(2));
	}

	/** The default catalog, read once. */
	private static final class Default {
		static final VendorCatalog INSTANCE = new VendorCatalog(null, List.of(DefaultCatalog.load()));
	}

	/** The default catalog plus the network's own additions. */
	public static VendorCatalog forNetwork(Network network) {
		return network.getCatalog() == null ? Default.INSTANCE : new VendorCatalog(Default.INSTANCE, List.of(network.getCatalog()));
	}

	private void add(RestrictedVendor vendor) {
		byName.put(CompanyNames.normalize(vendor.getName()), vendor);
		for (String alias : vendor.getAliases()) {
			byName.put(CompanyNames.normalize(alias), vendor);
		}
		for (String text : vendor.getOuiPrefixes()) {
			try {
				OuiPrefix prefix = OuiPrefix.parse(text);
				byPrefixLength.get(slot(prefix.length())).put(prefix.bits(), new MacMatch(vendor, prefix));
			} catch (SyntaxException e) {
				// The model's validator reports malformed prefixes; classification uses the well-formed ones.
			}
		}
	}

	private static int slot(int length) {
		return length == 24 ? 0 : length == 28 ? 1 : 2;
	}

	/** The vendor whose canonical name or an alias equals {@code manufacturer} as compared by {@link CompanyNames}. */
	public Optional<RestrictedVendor> byManufacturer(String manufacturer) {
		String key = CompanyNames.normalize(manufacturer);
		return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(key));
	}

	/** The most specific vendor block containing {@code mac}. */
	public Optional<MacMatch> byMac(MacAddress mac) {
		long value = mac.value();
		MacMatch match = mas.find(value >>> 12);
		if (match == null) {
			match = mam.find(value >>> 20);
		}
		if (match == null) {
			match = mal.find(value >>> 24);
		}
		return Optional.ofNullable(match);
	}

	/** Which catalogs, at which versions, the lookups use. */
	public String version() {
		return version;
	}
}
