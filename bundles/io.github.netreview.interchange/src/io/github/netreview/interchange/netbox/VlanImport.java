package io.github.netreview.interchange.netbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;

/** Segments from VLANs (1-4094) with the prefixes that name them, and the VLAN ids that nested VLAN references stand for. */
final class VlanImport {

	private final ImportContext context;
	private final SiteImport sites;
	private final ZonePlanner zones;
	private final Map<Long, Segment> segments = new HashMap<>();
	private final Map<String, Segment> bySiteAndVid = new LinkedHashMap<>();
	/** VLANs read but not imported, with why. */
	private final Map<Long, String> dropped = new HashMap<>();
	private final Set<Long> groupsReported = new HashSet<>();

	VlanImport(ImportContext context, SiteImport sites, ZonePlanner zones) {
		this.context = context;
		this.sites = sites;
		this.zones = zones;
	}

	void run() {
		context.records.of(Endpoint.VLANS).forEach(this::vlan);
		reportUnusedGroups();
		context.records.of(Endpoint.PREFIXES).forEach(this::prefix);
	}

	/** VLAN groups only name zones; one that no VLAN read belongs to is reported. */
	private void reportUnusedGroups() {
		Set<Long> used = new HashSet<>();
		context.records.of(Endpoint.VLANS).forEach(vlan -> used.add(Json.idOf(vlan, "group")));
		for (JsonObject group : context.records.of(Endpoint.VLAN_GROUPS)) {
			if (!used.contains(Json.id(group))) {
				context.report.record(Endpoint.VLAN_GROUPS, group, "no VLAN read belongs to it; not used");
			}
		}
	}

	private void vlan(JsonObject record) {
		long id = Json.id(record);
		Long vid = Json.number(record, "vid");
		if (vid == null || !VlanList.isValidId(vid.intValue()) || vid.intValue() != vid) {
			String why = vid == null ? "no VLAN id" : "VLAN id " + vid + " is outside 1-4094";
			dropped.put(id, why);
			context.report.record(Endpoint.VLANS, record, why + "; not imported");
			return;
		}
		String name = Json.nonBlank(record, "name") != null ? Json.nonBlank(record, "name") : "VLAN " + vid;
		String usedBy = Endpoint.VLANS + " " + ImportReport.label(Endpoint.VLANS, record);
		JsonObject group = group(record, usedBy);
		JsonObject siteReference = Json.object(record, "site");
		Site site = siteReference != null ? sites.of(siteReference, usedBy) : groupSite(group, usedBy);
		String key = (site == null ? "" : site.getId()) + "/" + vid;
		Segment same = bySiteAndVid.get(key);
		if (same != null) {
			segments.put(id, same);
			context.report.record(Endpoint.VLANS, record, "VLAN " + vid + (site == null ? "" : " at '" + site.getName() + "'") + " is also '"
					+ same.getName() + "' (" + same.getId() + "); the model has one segment per VLAN and site, so it is that segment here");
			return;
		}
		Segment segment = context.builder.segment("seg-" + id, name, zones.ofVlan(record, name, group, site), site, vid.intValue());
		context.origin(segment, Endpoint.VLANS, record);
		segments.put(id, segment);
		bySiteAndVid.put(key, segment);
	}

	/** The VLAN's group record, or its nested reference when the group itself was not read (reported once). */
	private JsonObject group(JsonObject vlan, String usedBy) {
		JsonObject reference = Json.object(vlan, "group");
		Long id = Json.id(reference);
		if (id == null) {
			return null;
		}
		JsonObject group = context.records.get(Endpoint.VLAN_GROUPS, id);
		if (group == null && groupsReported.add(id)) {
			String label = Endpoint.VLAN_GROUPS + " " + ImportReport.label(Endpoint.VLAN_GROUPS, reference);
			context.report.record(label + ": not among the VLAN groups read" + context.outsideFilter() + " but named by " + usedBy
					+ "; its name is used, its tags are unknown");
		}
		return group != null ? group : reference;
	}

	/** The site a VLAN group is scoped to, if it is scoped to a site. */
	private Site groupSite(JsonObject group, String usedBy) {
		if (group == null || !"dcim.site".equals(Json.text(group, "scope_type"))) {
			return null;
		}
		JsonObject scope = Json.object(group, "scope");
		if (scope == null && Json.number(group, "scope_id") != null) {
			scope = new JsonObject();
			scope.addProperty("id", Json.number(group, "scope_id"));
		}
		return scope == null ? null : sites.of(scope, usedBy);
	}

	private void prefix(JsonObject record) {
		JsonObject vlan = Json.object(record, "vlan");
		String status = Json.choice(record, "status");
		if (vlan == null) {
			context.report.record(Endpoint.PREFIXES, record, ("container".equals(status) ? "a container" : "a prefix") + " of no VLAN; not used");
			return;
		}
		Segment segment = segments.get(Json.id(vlan));
		if (segment == null) {
			context.report.record(Endpoint.PREFIXES, record, "names VLAN " + ImportReport.label(Endpoint.VLANS, vlan)
					+ ", which was not imported; not used");
			return;
		}
		String prefix = network(record);
		if (prefix != null && !segment.getPrefixes().contains(prefix)) {
			segment.getPrefixes().add(prefix);
		}
	}

	/** The prefix as the model writes it (host bits cleared, reported), or null when it is not a prefix. */
	private String network(JsonObject record) {
		String text = Json.nonBlank(record, "prefix");
		try {
			IpPrefix prefix = IpPrefix.parse(text);
			if (text.indexOf('/') < 0) {
				throw new SyntaxException("'" + text + "' has no prefix length");
			}
			if (!prefix.isNetwork()) {
				context.report.record(Endpoint.PREFIXES, record, "has host bits set; imported as " + prefix.network());
			}
			return prefix.network().toString();
		} catch (SyntaxException e) {
			context.report.record(Endpoint.PREFIXES, record, e.getMessage() + "; not imported");
			return null;
		}
	}

	/**
	 * The VLAN id a nested VLAN reference stands for. A VLAN not imported is left out and one not read keeps its id
	 * without a segment; either way a line goes to {@code problems}.
	 */
	Integer vid(JsonObject reference, List<String> problems) {
		Long id = Json.id(reference);
		Segment segment = segments.get(id);
		if (segment != null) {
			return segment.getVlanId();
		}
		String label = "VLAN " + ImportReport.label(Endpoint.VLANS, reference);
		if (dropped.containsKey(id)) {
			problems.add(label + " was not imported (" + dropped.get(id) + "), so it is left out here");
			return null;
		}
		Long vid = Json.number(reference, "vid");
		if (vid != null && VlanList.isValidId(vid.intValue()) && vid.intValue() == vid) {
			problems.add(label + " is not among the VLANs read" + context.outsideFilter() + "; VLAN " + vid + " kept, without a segment");
			return vid.intValue();
		}
		problems.add(label + " is not among the VLANs read and its VLAN id " + (vid == null ? "is unknown" : vid + " is outside 1-4094")
				+ "; left out");
		return null;
	}

	/** The segment of {@code vid} at {@code site}, or of a VLAN with no site. */
	Segment segment(Site site, Integer vid) {
		if (vid == null) {
			return null;
		}
		Segment segment = site == null ? null : bySiteAndVid.get(site.getId() + "/" + vid);
		return segment != null ? segment : bySiteAndVid.get("/" + vid);
	}

	/** The VLAN id of the segment at {@code site} (or with no site) whose prefix holds {@code address}, or null. */
	Integer vidOfAddress(String address, Site site) {
		IpPrefix ip = IpPrefix.parse(address);
		for (Segment segment : bySiteAndVid.values()) {
			if (segment.getSite() != null && segment.getSite() != site) {
				continue;
			}
			for (String prefix : segment.getPrefixes()) {
				if (IpPrefix.parse(prefix).contains(ip)) {
					return segment.getVlanId();
				}
			}
		}
		return null;
	}
}
