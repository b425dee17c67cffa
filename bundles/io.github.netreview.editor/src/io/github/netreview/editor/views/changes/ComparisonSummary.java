package io.github.netreview.editor.views.changes;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.editor.diagram.Comparison;

/** The line above the Changes view's list: what the diagram is compared with and how much changed, or why nothing is listed. */
final class ComparisonSummary {

	private ComparisonSummary() {
	}

	static String of(Comparison comparison) {
		return switch (comparison.phase()) {
		case OFF -> "Not comparing. Diagram > Compare With > File... or Revision... lists here what changed since another version.";
		case READING -> "Reading " + comparison.against() + " and comparing...";
		case SHOWN -> "Since " + comparison.against() + ": " + counts(comparison.diff());
		case UPDATING -> "Since " + comparison.against() + " (updating after the edit): " + counts(comparison.diff());
		case FAILED -> "Could not compare with " + comparison.against() + ": " + comparison.problem();
		};
	}

	/** "3 element changes; 1 new finding, 1 fixed, 0 changed; 2 zone-matrix cells; 1 coverage gap" (the last two when any), or "no change". */
	private static String counts(NetworkDiff diff) {
		if (diff.isEmpty()) {
			return "no change.";
		}
		List<String> parts = new ArrayList<>();
		parts.add(plural(diff.elements().changes().size(), "element change"));
		FindingDelta findings = diff.findings();
		parts.add(plural(findings.with(FindingDelta.Status.NEW).size(), "new finding") + ", " + findings.with(FindingDelta.Status.FIXED).size()
				+ " fixed, " + findings.with(FindingDelta.Status.CHANGED).size() + " changed");
		if (!diff.zoneMatrix().isEmpty()) {
			parts.add(plural(diff.zoneMatrix().changes().size(), "zone-matrix cell"));
		}
		if (!diff.coverage().isEmpty()) {
			parts.add(plural(diff.coverage().changes().size(), "coverage gap"));
		}
		return String.join("; ", parts) + ".";
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
