package io.github.netreview.analysis.findings;

import java.time.LocalDate;

import io.github.netreview.model.topology.Listing;

/** One public act behind a finding: which, since when, what it covers and where it is published. */
public record LegalBasis(String basis, LocalDate dateListed, String scope, String citation) {

	static LegalBasis of(Listing listing) {
		return new LegalBasis(label(listing), listing.getDateListed(), listing.getScope(), listing.getCitation());
	}

	private static String label(Listing listing) {
		return switch (listing.getBasis()) {
		case FCC_COVERED_LIST -> "FCC Covered List";
		case NDAA_889 -> "NDAA FY2019 s.889";
		case UK_2022_STATEMENT -> "UK written ministerial statement";
		case CUSTOM -> "Organisation policy";
		};
	}

	@Override
	public String toString() {
		return basis + (dateListed == null ? "" : " (" + dateListed + ")");
	}
}
