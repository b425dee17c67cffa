package io.github.netreview.analysis.findings;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Waiver;

/**
 * Everything a review meeting asks about one finding, in titled sections: the finding in full, its path hop by hop with
 * ports and VLANs, the cause, the device, the legal basis and the waiver.
 */
public record FindingDetails(List<Section> sections) {

	/** One titled part of the details. */
	public record Section(String title, List<String> lines) {
	}

	/** The details of {@code finding}. */
	public static FindingDetails of(Finding finding) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(finding.severity() + " " + finding.rule(), List.of(finding.message())));
		if (!finding.path().isEmpty()) {
			List<String> path = new ArrayList<>(PathText.hops(finding.path()));
			if (finding.services() != null) {
				path.add("carrying " + finding.services());
			}
			sections.add(new Section("Path", path));
		}
		if (!finding.cause().isEmpty()) {
			sections.add(new Section("Cause", finding.cause()));
		}
		if (finding.subject() instanceof Device device) {
			sections.add(new Section("Device", device(device)));
		}
		if (!finding.legalBasis().isEmpty()) {
			sections.add(new Section("Legal basis", finding.legalBasis().stream().map(Object::toString).toList()));
		}
		if (finding.waived()) {
			sections.add(new Section("Waiver", waiver(finding.waiver())));
		}
		return new FindingDetails(List.copyOf(sections));
	}

	/** The details as plain text: each section's title, then its lines indented, a blank line between sections. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Section section : sections) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(section.title()).append('\n');
			section.lines().forEach(line -> text.append("  ").append(line).append('\n'));
		}
		return text.toString();
	}

	private static List<String> device(Device device) {
		List<String> lines = new ArrayList<>();
		lines.add(ElementLabels.name(device) + " (" + device.getId() + "), " + device.getRole().getLiteral().toLowerCase());
		lines.add("made by " + orUnknown(device.getManufacturer()) + ", model " + orUnknown(device.getModel()));
		lines.add("site " + (device.getSite() == null ? "none" : ElementLabels.name(device.getSite())) + ", zone "
				+ (device.getZone() == null ? "none" : ElementLabels.name(device.getZone())));
		if (device.getDescription() != null && !device.getDescription().isBlank()) {
			lines.add(device.getDescription());
		}
		return lines;
	}

	private static List<String> waiver(Waiver waiver) {
		List<String> lines = new ArrayList<>();
		lines.add(waiver.getId() + ", approved by " + orUnknown(waiver.getApprover()) + ", until " + waiver.getExpiry());
		if (waiver.getJustification() != null && !waiver.getJustification().isBlank()) {
			lines.add(waiver.getJustification());
		}
		if (waiver.getBasis() != null && !waiver.getBasis().isBlank()) {
			lines.add("basis: " + waiver.getBasis());
		}
		return lines;
	}

	private static String orUnknown(String text) {
		return text == null || text.isBlank() ? "(not recorded)" : text;
	}
}
