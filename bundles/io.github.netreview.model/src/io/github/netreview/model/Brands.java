package io.github.netreview.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A maker's brand, short enough for a diagram: "Cisco" for "Cisco Systems, Inc", "Hikvision" for "Hangzhou Hikvision
 * Digital Technology Co., Ltd."; from a table of known makers, else the name without legal form, place and filler words.
 */
public final class Brands {

	/** Words of a maker's name (lower case, punctuation as spaces) and the brand they name; the first match wins. */
	private static final List<String[]> TABLE = List.of(new String[] { "aruba", "Aruba" },
			new String[] { "hewlett packard enterprise", "HPE" }, new String[] { "hewlett packard", "HP" }, new String[] { "hp inc", "HP" },
			new String[] { "hikvision", "Hikvision" }, new String[] { "hikmicro", "Hikmicro" }, new String[] { "hikrobot", "Hikrobot" },
			new String[] { "ezviz", "EZVIZ" }, new String[] { "dahua", "Dahua" }, new String[] { "huacheng", "Imou" },
			new String[] { "imou", "Imou" }, new String[] { "uniview", "Uniview" }, new String[] { "tiandy", "Tiandy" },
			new String[] { "axis communications", "Axis" }, new String[] { "huawei", "Huawei" }, new String[] { "zte", "ZTE" },
			new String[] { "hytera", "Hytera" }, new String[] { "h3c", "H3C" }, new String[] { "ruijie", "Ruijie" },
			new String[] { "cisco", "Cisco" }, new String[] { "meraki", "Meraki" }, new String[] { "juniper", "Juniper" },
			new String[] { "fortinet", "Fortinet" }, new String[] { "palo alto", "Palo Alto" }, new String[] { "check point", "Check Point" },
			new String[] { "sonicwall", "SonicWall" }, new String[] { "sophos", "Sophos" }, new String[] { "ubiquiti", "Ubiquiti" },
			new String[] { "arista", "Arista" }, new String[] { "extreme networks", "Extreme" }, new String[] { "mikrotik", "MikroTik" },
			new String[] { "tp link", "TP-Link" }, new String[] { "netgear", "Netgear" }, new String[] { "ruckus", "Ruckus" },
			new String[] { "dell", "Dell" }, new String[] { "lenovo", "Lenovo" }, new String[] { "siemens", "Siemens" },
			new String[] { "schneider", "Schneider" }, new String[] { "rockwell", "Rockwell" }, new String[] { "honeywell", "Honeywell" },
			new String[] { "milestone", "Milestone" }, new String[] { "genetec", "Genetec" }, new String[] { "owl cyber", "Owl" },
			new String[] { "hanwha", "Hanwha" }, new String[] { "bosch", "Bosch" }, new String[] { "motorola", "Motorola" },
			new String[] { "avigilon", "Avigilon" }, new String[] { "panasonic", "Panasonic" }, new String[] { "vivotek", "Vivotek" },
			new String[] { "mobotix", "Mobotix" }, new String[] { "reolink", "Reolink" }, new String[] { "lorex", "Lorex" });
	/** Words a maker's name carries that are not its brand: legal forms, places, what the firm does. */
	private static final Set<String> FILLER = Set.of("inc", "incorporated", "ltd", "limited", "llc", "co", "corp", "corporation", "company",
			"ab", "ag", "as", "a/s", "gmbh", "sa", "s.a", "spa", "bv", "nv", "plc", "oy", "kk", "the", "technology", "technologies", "tech",
			"systems", "system", "digital", "communications", "networks", "network", "software", "electronics", "electronic",
			"security", "solutions", "group", "international", "holdings", "hangzhou", "zhejiang", "shenzhen", "beijing", "shanghai",
			"guangzhou", "wuhan", "china");
	private static final int LONGEST = 20;
	/** Brands already looked up: a network has few makers and a diagram asks for each device, often. */
	private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
	private static final int KEPT = 1_000;

	private Brands() {
	}

	/** The brand of {@code manufacturer}; empty for none. */
	public static String of(String manufacturer) {
		if (manufacturer == null || manufacturer.isBlank()) {
			return "";
		}
		if (KNOWN.size() > KEPT) {
			KNOWN.clear();
		}
		return KNOWN.computeIfAbsent(manufacturer, Brands::lookUp);
	}

	private static String lookUp(String manufacturer) {
		String words = " " + manufacturer.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
		for (String[] entry : TABLE) {
			if (words.contains(" " + entry[0] + " ")) {
				return entry[1];
			}
		}
		return stripped(manufacturer);
	}

	/** The name before its first comma without filler words, at most two words; the name itself when nothing is left. */
	private static String stripped(String manufacturer) {
		String head = manufacturer.split(",", 2)[0];
		StringBuilder brand = new StringBuilder();
		int kept = 0;
		for (String word : head.strip().split("\\s+")) {
			if (kept < 2 && !FILLER.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\.+$", ""))) {
				brand.append(kept++ == 0 ? "" : " ").append(word);
			}
		}
		String result = brand.length() == 0 ? manufacturer.strip() : brand.toString();
		return SafeText.visible(SafeText.cut(result, LONGEST, "…"));
	}
}
