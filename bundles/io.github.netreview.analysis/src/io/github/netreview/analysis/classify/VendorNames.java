package io.github.netreview.analysis.classify;

import java.util.List;

import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.RestrictedVendor;

/** How findings name a restricted vendor, and which listings restrict it (a subsidiary's own, else its parent's). */
public final class VendorNames {

	private VendorNames() {
	}

	/** "Hangzhou Ezviz Software Co., Ltd. (a subsidiary or affiliate of Hangzhou Hikvision ...)" or just the name. */
	public static String of(RestrictedVendor vendor) {
		RestrictedVendor parent = vendor.getAffiliateOf();
		return parent == null ? vendor.getName() : vendor.getName() + " (a subsidiary or affiliate of " + parent.getName() + ")";
	}

	/** The listings behind a vendor's restriction. */
	public static List<Listing> listings(RestrictedVendor vendor) {
		if (vendor.getListings().isEmpty() && vendor.getAffiliateOf() != null) {
			return vendor.getAffiliateOf().getListings();
		}
		return vendor.getListings();
	}
}
