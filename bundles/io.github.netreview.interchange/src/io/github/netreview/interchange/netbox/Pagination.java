package io.github.netreview.interchange.netbox;

import java.util.List;
import java.util.Objects;

/** Checks that no page of an endpoint is missing, since a missing page would silently drop devices. */
final class Pagination {

	private Pagination() {
	}

	static void check(String endpoint, List<Page> pages, int distinct) throws NetboxException {
		Long count = pages.stream().map(Page::count).filter(Objects::nonNull).max(Long::compare).orElse(null);
		String gap = missingPage(pages);
		if (gap == null && (count == null || count == distinct)) {
			return;
		}
		String read = count == null ? "read " + distinct + " records" : "read " + distinct + " of " + count + " records (count " + count + ")";
		if (gap != null) {
			throw new NetboxException(endpoint + ": " + read + "; " + gap);
		}
		throw new NetboxException(endpoint + ": " + read + "; "
				+ (distinct < count ? "some pages are missing" : "the pages come from different moments")
				+ " - export the endpoint again in one go");
	}

	/** What is missing after the first page whose next page is not among the pages, or null. */
	private static String missingPage(List<Page> pages) {
		for (Page page : pages) {
			Integer following = page.nextOffset();
			if (following != null && pages.stream().noneMatch(p -> following.equals(p.offset()))) {
				return "the page after " + page.source() + " (next: " + page.next() + ") is missing";
			}
		}
		return null;
	}
}
