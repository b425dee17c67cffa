package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyPackage;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** The zones of the import, named by zone: tags, VLAN groups or VLAN names, their kinds decided once every VLAN is in. */
final class ZonePlanner {

	private static final Pattern ZONE_TAG = Pattern.compile("(?i)^\\s*zone\\s*[:=]\\s*(.+)$");
	private static final Pattern KIND_TAG = Pattern.compile("(?i)^\\s*zone[\\s_-]*kind\\s*[:=]\\s*(.+)$");
	private static final int VLAN_TAG = 1;
	private static final int GROUP_TAG = 2;
	private static final int ZONE_NAME = 3;
	private static final int GROUP_NAME = 4;
	private static final int VLAN_NAME = 5;

	/** Evidence of a kind, at a level (lower is stronger), with the reason to show. */
	private record Clue(int level, ZoneKind kind, String why) {
	}

	/** A zone and what is known of it so far. */
	private static final class Planned {
		final Zone zone;
		final Set<Site> sites = new HashSet<>();
		final List<Clue> clues = new ArrayList<>();

		Planned(Zone zone) {
			this.zone = zone;
		}
	}

	private final ImportContext context;
	private final Map<String, Planned> zones = new LinkedHashMap<>();
	/** Records whose zone-kind tag named no kind, reported once each. */
	private final Set<String> badTags = new HashSet<>();

	ZonePlanner(ImportContext context) {
		this.context = context;
	}

	/** The zone of a VLAN ({@code group} may be null). */
	Zone ofVlan(JsonObject vlan, String vlanName, JsonObject group, Site site) {
		String groupName = Json.nonBlank(group, "name");
		String vlanTag = tagValue(vlan, ZONE_TAG);
		String groupTag = tagValue(group, ZONE_TAG);
		Planned zone = vlanTag != null ? zone(vlanTag, "tag zone:" + vlanTag + " on VLAN '" + vlanName + "'", site)
				: groupTag != null ? zone(groupTag, "tag zone:" + groupTag + " on group '" + groupName + "'", site)
				: groupName != null ? zone(groupName, "group '" + groupName + "'", site)
				: zone(vlanName, "VLAN '" + vlanName + "'", site);
		kindTag(zone, vlan, VLAN_TAG, "VLAN '" + vlanName + "'", Endpoint.VLANS);
		kindTag(zone, group, GROUP_TAG, "group '" + groupName + "'", Endpoint.VLAN_GROUPS);
		if (groupName != null) {
			words(zone, GROUP_NAME, groupName, "group '" + groupName + "'");
		}
		words(zone, VLAN_NAME, vlanName, "VLAN '" + vlanName + "'");
		return zone.zone;
	}

	/** The zone a device's {@code zone:NAME} tag names, or null when it has none. */
	Zone ofDevice(JsonObject device, String deviceName, Site site) {
		String name = tagValue(device, ZONE_TAG);
		return name == null ? null : zone(name, "tag zone:" + name + " on device '" + deviceName + "'", site).zone;
	}

	private Planned zone(String name, String namedBy, Site site) {
		Planned planned = zones.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
			Planned made = new Planned(context.builder.zone(zoneId(name), name, ZoneKind.CORE, null, null));
			words(made, ZONE_NAME, name, namedBy);
			return made;
		});
		planned.sites.add(site);
		return planned;
	}

	private String zoneId(String name) {
		String base = "zone-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String id = base;
		for (int n = 2; idTaken(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private boolean idTaken(String id) {
		return zones.values().stream().anyMatch(z -> z.zone.getId().equals(id));
	}

	private void words(Planned zone, int level, String text, String where) {
		ZoneKindWords.match(text).ifPresent(m -> zone.clues.add(new Clue(level, m.kind(), "word '" + m.word() + "' in " + where)));
	}

	private void kindTag(Planned zone, JsonObject record, int level, String where, Endpoint endpoint) {
		String value = tagValue(record, KIND_TAG);
		if (value == null) {
			return;
		}
		Optional<ZoneKind> kind = ZoneKindWords.named(value);
		if (kind.isPresent()) {
			zone.clues.add(new Clue(level, kind.get(), "tag zone-kind:" + value + " on " + where));
		} else if (badTags.add(endpoint + "#" + Json.id(record))) {
			context.report.record(endpoint, record, "tag zone-kind:" + value + " names no zone kind (" + ZoneKindWords.ORDER + "); ignored");
		}
	}

	/** The rest of the first tag matching {@code pattern}, such as "CCTV" for zone:CCTV, or null. */
	private static String tagValue(JsonObject record, Pattern pattern) {
		for (String tag : Json.tags(record)) {
			Matcher matcher = pattern.matcher(tag);
			if (matcher.matches() && !matcher.group(1).isBlank()) {
				return matcher.group(1).strip();
			}
		}
		return null;
	}

	/** Gives every zone its kind and site, and reports why. */
	void decide() {
		for (Planned planned : zones.values()) {
			Zone zone = planned.zone;
			zone.setSite(planned.sites.size() == 1 ? planned.sites.iterator().next() : null);
			Optional<ZoneKind> mapped = context.mapping.zoneKind(zone.getName());
			Optional<Clue> clue = planned.clues.stream().min(Comparator.comparingInt(Clue::level)
					.thenComparingInt(c -> ZoneKindWords.ORDER.indexOf(c.kind())));
			if (mapped.isPresent()) {
				zone.setKind(mapped.get());
				context.report.zone("zone '" + zone.getName() + "': " + mapped.get() + " (--mapping)");
			} else if (clue.isPresent()) {
				zone.setKind(clue.get().kind());
				context.report.zone("zone '" + zone.getName() + "': " + clue.get().kind() + " (" + clue.get().why() + ")");
			} else {
				zone.eUnset(TopologyPackage.Literals.ZONE__KIND);
				context.report.unsetZone(zone.getName());
				context.report.zone("zone '" + zone.getName() + "': no kind recognised in its tags or names; left unset (judged core)"
						+ " - set it with --mapping");
			}
		}
	}
}
