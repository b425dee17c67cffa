package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/** The few lines an import prints on success: what was written, each zone's kind and why, and how interfaces and routing were read. */
public final class ImportSummary {

	/** Interfaces and routing notes shown before the rest are counted; zones are all shown. */
	private static final int MAX_LINES = 20;

	private ImportSummary() {
	}

	public static String of(String output, Network network, ImportReport report) {
		StringBuilder text = new StringBuilder();
		text.append("Wrote ").append(output).append(": ").append(counts(network, report.unsetZones().size())).append("; ")
				.append(count(report.records().size(), "record")).append(" reported\n");
		section(text, "Zones", report.zones(), Integer.MAX_VALUE);
		section(text, "Interfaces", report.interfaces(), MAX_LINES);
		section(text, "Routing", report.routing(), MAX_LINES);
		return text.toString();
	}

	private static String counts(Network network, long unset) {
		long sensitive = network.getSites().stream().filter(s -> s.isSensitive()).count();
		long core = network.getZones().stream().filter(Zone::isCore).count() - unset;
		long cameras = network.getDevices().stream().filter(d -> d.getRole() == DeviceRole.CAMERA).count();
		int interfaces = network.getDevices().stream().mapToInt(d -> d.getInterfaces().size()).sum();
		String sites = count(network.getSites().size(), "site") + (sensitive > 0 ? " (" + sensitive + " sensitive)" : "");
		String zones = count(network.getZones().size(), "zone") + " (" + number(core) + " core"
				+ (unset > 0 ? ", " + number(unset) + " unset: judged core" : "") + ")";
		String devices = count(network.getDevices().size(), "device") + " (" + count(cameras, "camera") + ")";
		return String.join(", ", sites, zones, count(network.getSegments().size(), "segment"), devices, count(interfaces, "interface"),
				count(network.getLinks().size(), "link"));
	}

	private static void section(StringBuilder text, String title, List<String> lines, int limit) {
		if (lines.isEmpty()) {
			return;
		}
		text.append(title).append(":\n");
		List<String> shown = new ArrayList<>(lines.size() > limit ? lines.subList(0, limit - 1) : lines);
		if (lines.size() > limit) {
			shown.add("... and " + number(lines.size() - shown.size()) + " more");
		}
		shown.forEach(line -> text.append("  ").append(SafeText.visible(line)).append('\n')); // names from NetBox forge no line
	}

	static String count(long count, String noun) {
		return number(count) + " " + noun + (count == 1 ? "" : "s");
	}

	private static String number(long count) {
		return String.format(Locale.UK, "%,d", count);
	}
}
