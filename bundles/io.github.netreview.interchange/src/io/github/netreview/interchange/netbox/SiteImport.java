package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import io.github.netreview.model.topology.Site;

/** Sites, sensitive when a tag or the mapping says so; a site named by other records but not read is made from their reference. */
final class SiteImport {

	private final ImportContext context;
	private final Map<Long, Site> sites = new HashMap<>();

	SiteImport(ImportContext context) {
		this.context = context;
	}

	void run() {
		for (JsonObject record : context.records.of(Endpoint.SITES)) {
			site(record);
		}
	}

	private Site site(JsonObject record) {
		long id = Json.id(record);
		String slug = Json.nonBlank(record, "slug");
		String name = Json.nonBlank(record, "name") != null ? Json.nonBlank(record, "name") : slug != null ? slug : "site #" + id;
		List<String> tags = new ArrayList<>(Json.tags(record));
		tags.addAll(Json.tagSlugs(record));
		boolean sensitive = SensitiveTags.first(tags).isPresent() | context.mapping.sensitive(name, slug);
		Site site = context.builder.site("site-" + id, name, Json.nonBlank(record, "physical_address"), sensitive);
		context.origin(site, Endpoint.SITES, record);
		sites.put(id, site);
		return site;
	}

	/** The site a nested reference ({@code {"id":..,"name":..,"slug":..}}) names, or null when there is no reference. */
	Site of(JsonObject reference, String usedBy) {
		Long id = Json.id(reference);
		if (id == null) {
			return null;
		}
		Site site = sites.get(id);
		if (site == null) {
			site = site(reference);
			context.report.record(Endpoint.SITES + " " + ImportReport.label(Endpoint.SITES, reference) + ": not among the sites read"
					+ context.outsideFilter() + " but named by " + usedBy + "; made from that reference, without its tags"
					+ (site.isSensitive() ? "" : " (not sensitive unless --mapping lists it)"));
		}
		return site;
	}
}
