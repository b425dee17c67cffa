package io.github.netreview.interchange.netbox;

import static io.github.netreview.model.topology.ZoneKind.CORE;
import static io.github.netreview.model.topology.ZoneKind.DMZ;
import static io.github.netreview.model.topology.ZoneKind.EXTERNAL;
import static io.github.netreview.model.topology.ZoneKind.GUEST;
import static io.github.netreview.model.topology.ZoneKind.IOT;
import static io.github.netreview.model.topology.ZoneKind.MANAGEMENT;
import static io.github.netreview.model.topology.ZoneKind.OT;
import static io.github.netreview.model.topology.ZoneKind.SERVER;
import static io.github.netreview.model.topology.ZoneKind.SURVEILLANCE;
import static io.github.netreview.model.topology.ZoneKind.USER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.netreview.model.topology.ZoneKind;

/** Zone kinds named by words in tag, VLAN-group and VLAN names; CORE wins when several kinds appear, then the table order. */
public final class ZoneKindWords {

	/** The kinds in the order they win over each other. */
	public static final List<ZoneKind> ORDER = List.of(CORE, SERVER, SURVEILLANCE, DMZ, GUEST, MANAGEMENT, OT, IOT, USER, EXTERNAL);

	private static final Map<String, ZoneKind> WORDS = new LinkedHashMap<>();

	static {
		words(CORE, "core", "backbone");
		words(SERVER, "server", "servers", "srv", "datacenter", "datacentre", "dc");
		words(SURVEILLANCE, "cctv", "surveillance", "video", "camera", "cameras", "vss", "nvr");
		words(DMZ, "dmz");
		words(GUEST, "guest", "guests", "visitor", "visitors");
		words(MANAGEMENT, "mgmt", "mgt", "management", "oob");
		words(OT, "ot", "scada", "bms", "ics");
		words(IOT, "iot");
		words(USER, "user", "users", "staff", "campus", "office", "corporate", "corp");
		words(EXTERNAL, "internet", "wan", "external");
	}

	/** A kind and the word that named it. */
	public record Match(ZoneKind kind, String word) {
	}

	private ZoneKindWords() {
	}

	private static void words(ZoneKind kind, String... words) {
		for (String word : words) {
			WORDS.put(word, kind);
		}
	}

	/** The words each kind is recognised by, for the documentation. */
	public static Map<String, ZoneKind> table() {
		return Map.copyOf(WORDS);
	}

	/** The kind the words of {@code text} name, or empty when none does. */
	public static Optional<Match> match(String text) {
		Match best = null;
		for (String word : Words.of(text)) {
			ZoneKind kind = WORDS.get(word);
			if (kind != null && (best == null || ORDER.indexOf(kind) < ORDER.indexOf(best.kind()))) {
				best = new Match(kind, word);
			}
		}
		return Optional.ofNullable(best);
	}

	/** The kind a {@code zone-kind:VALUE} tag names: a kind's name (core, SURVEILLANCE, iot) or one of its words (cctv). */
	public static Optional<ZoneKind> named(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (ZoneKind kind : ZoneKind.values()) {
			if (kind.getName().equals(name)) {
				return Optional.of(kind);
			}
		}
		return match(value).map(Match::kind);
	}
}
