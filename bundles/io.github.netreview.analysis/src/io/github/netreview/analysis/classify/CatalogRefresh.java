package io.github.netreview.analysis.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.classify.IeeeAssignments.Assignment;
import io.github.netreview.model.catalog.DefaultCatalog;
import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.TopologyFactory;

/**
 * Refreshes the MAC blocks of a network's own catalog from IEEE registry files a user supplies: every vendor of the
 * default catalog (copied in when missing) and of the network's catalog gets the blocks registered under its name or
 * an alias, besides those it had; the catalog records the registry's date.
 */
public final class CatalogRefresh {

	/** What changed for one vendor. */
	public record VendorBlocks(String vendor, int before, int after) {
	}

	private CatalogRefresh() {
	}

	/** Refreshes {@code network}'s catalog from {@code assignments} registered on {@code registryDate}. */
	public static List<VendorBlocks> apply(Network network, List<Assignment> assignments, LocalDate registryDate, String source) {
		Catalog catalog = catalogOf(network);
		Map<String, List<String>> byOrganization = new HashMap<>();
		for (Assignment assignment : assignments) {
			byOrganization.computeIfAbsent(CompanyNames.normalize(assignment.organization()), o -> new ArrayList<>()).add(assignment.block());
		}
		List<VendorBlocks> changes = new ArrayList<>();
		for (RestrictedVendor vendor : catalog.getVendors()) {
			TreeSet<String> blocks = new TreeSet<>(vendor.getOuiPrefixes());
			int before = blocks.size();
			List<String> names = new ArrayList<>(vendor.getAliases());
			names.add(vendor.getName());
			for (String name : names) {
				blocks.addAll(byOrganization.getOrDefault(CompanyNames.normalize(name), List.of()));
			}
			vendor.getOuiPrefixes().clear();
			vendor.getOuiPrefixes().addAll(blocks);
			changes.add(new VendorBlocks(vendor.getName(), before, blocks.size()));
		}
		catalog.setRegistryDate(registryDate);
		catalog.setVersion("refreshed from " + source);
		return changes;
	}

	/** The network's catalog, with a copy of every default vendor it does not have yet. */
	private static Catalog catalogOf(Network network) {
		Catalog catalog = network.getCatalog();
		if (catalog == null) {
			catalog = TopologyFactory.eINSTANCE.createCatalog();
			catalog.setId("catalog-refreshed");
			catalog.setName("Refreshed catalog");
			network.setCatalog(catalog);
		}
		Map<String, RestrictedVendor> present = new LinkedHashMap<>();
		catalog.getVendors().forEach(vendor -> present.put(vendor.getId(), vendor));
		List<RestrictedVendor> defaults = DefaultCatalog.load().getVendors();
		for (RestrictedVendor vendor : defaults) {
			if (!present.containsKey(vendor.getId())) {
				RestrictedVendor copy = EcoreUtil.copy(vendor);
				copy.setAffiliateOf(null);
				catalog.getVendors().add(copy);
				present.put(copy.getId(), copy);
			}
		}
		for (RestrictedVendor vendor : defaults) {
			if (vendor.getAffiliateOf() != null && present.get(vendor.getId()).getAffiliateOf() == null) {
				present.get(vendor.getId()).setAffiliateOf(present.get(vendor.getAffiliateOf().getId()));
			}
		}
		return catalog;
	}
}
