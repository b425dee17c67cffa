package io.github.netreview.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.NetReviewModel;
import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.LegalBasis;
import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.RestrictedVendor;

class DefaultCatalogTest {

	/** Debian's copy of the IEEE registry (package ieee-data), which the build's tests require. */
	private static final Path IEEE = Path.of("/usr/share/ieee-data");

	@Test
	void namesTheFiveCoveredVendorsWithTheirListings() {
		NetReviewModel.initStandalone();
		Catalog catalog = DefaultCatalog.load();
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(catalog).getSeverity());
		assertEquals(List.of("vendor-hikvision", "vendor-dahua", "vendor-hytera", "vendor-huawei", "vendor-zte", "vendor-ezviz",
				"vendor-hikmicro", "vendor-hikrobot", "vendor-prama-hikvision", "vendor-imou"),
				catalog.getVendors().stream().map(RestrictedVendor::getId).toList());
		assertEquals(LocalDate.of(2022, 8, 27), catalog.getRegistryDate(), "the IEEE snapshot the blocks come from");
		for (RestrictedVendor vendor : catalog.getVendors()) {
			assertEquals(LocalDate.of(2021, 3, 12), listing(vendor, LegalBasis.FCC_COVERED_LIST).getDateListed(), vendor.getName());
			assertEquals(LocalDate.of(2018, 8, 13), listing(vendor, LegalBasis.NDAA_889).getDateListed(), vendor.getName());
			assertTrue(listing(vendor, LegalBasis.FCC_COVERED_LIST).getCitation().contains("DA 21-309"));
			assertTrue(!vendor.getOuiPrefixes().isEmpty(), vendor.getName());
		}
		Set<String> ukListed = Set.copyOf(catalog.getVendors().stream()
				.filter(v -> v.getListings().stream().anyMatch(l -> l.getBasis() == LegalBasis.UK_2022_STATEMENT))
				.map(RestrictedVendor::getId).toList());
		assertEquals(Set.of("vendor-hikvision", "vendor-dahua", "vendor-ezviz", "vendor-hikmicro", "vendor-hikrobot", "vendor-imou"), ukListed);
		assertEquals(LocalDate.of(2022, 11, 24), listing(catalog.getVendors().get(0), LegalBasis.UK_2022_STATEMENT).getDateListed());
	}

	@Test
	void subsidiariesAndAffiliatesNameTheListedCompanyTheyBelongTo() {
		Map<String, String> parents = new HashMap<>();
		for (RestrictedVendor vendor : DefaultCatalog.load().getVendors()) {
			if (vendor.getAffiliateOf() != null) {
				parents.put(vendor.getId(), vendor.getAffiliateOf().getId());
				assertTrue(listing(vendor, LegalBasis.FCC_COVERED_LIST).getScope().startsWith("Subsidiary or affiliate of "
						+ vendor.getAffiliateOf().getName()), vendor.getName());
			}
		}
		assertEquals(Map.of("vendor-ezviz", "vendor-hikvision", "vendor-hikmicro", "vendor-hikvision", "vendor-hikrobot",
				"vendor-hikvision", "vendor-prama-hikvision", "vendor-hikvision", "vendor-imou", "vendor-dahua"), parents);
	}

	@Test
	void aliasesAreWholeCompanyNamesNeverFragmentsOfOtherCompanies() {
		for (RestrictedVendor vendor : DefaultCatalog.load().getVendors()) {
			for (String alias : vendor.getAliases()) {
				assertTrue(!alias.isBlank() && !alias.equalsIgnoreCase("Shanghai Dahua Scale Factory")
						&& !alias.equalsIgnoreCase("Prama India Private Limited"), alias);
			}
		}
	}

	@Test
	void everyMacBlockIsRegisteredToTheVendorUnderOneOfItsNames() throws IOException {
		Map<String, String> owners = new HashMap<>();
		for (String registry : List.of("oui.csv", "mam.csv", "oui36.csv")) {
			readRegistry(IEEE.resolve(registry), owners);
		}
		int blocks = 0;
		for (RestrictedVendor vendor : DefaultCatalog.load().getVendors()) {
			for (String prefix : vendor.getOuiPrefixes()) {
				String owner = owners.get(prefix.replace(":", ""));
				assertTrue(owner != null && (vendor.getAliases().contains(owner) || vendor.getName().equals(owner)),
						prefix + " of " + vendor.getName() + " is registered to " + owner);
				blocks++;
			}
		}
		assertTrue(blocks > 1000, blocks + " blocks");
	}

	private static void readRegistry(Path file, Map<String, String> owners) throws IOException {
		assertTrue(Files.isReadable(file), file + " is missing: install Debian's ieee-data package");
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (List<String> row : SimpleCsv.rows(reader)) {
				if (row.size() > 2 && row.get(1).matches("[0-9A-Fa-f]{6,9}")) {
					owners.put(row.get(1).toUpperCase(), row.get(2).strip());
				}
			}
		}
	}

	private static Listing listing(RestrictedVendor vendor, LegalBasis basis) {
		return vendor.getListings().stream().filter(l -> l.getBasis() == basis).findFirst()
				.orElseThrow(() -> new AssertionError(vendor.getName() + " has no " + basis + " listing"));
	}
}
