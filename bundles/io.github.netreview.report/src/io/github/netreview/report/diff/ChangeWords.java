package io.github.netreview.report.diff;

import java.util.Locale;

import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FeatureChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.FindingKey;
import io.github.netreview.analysis.diff.MatrixDelta;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.model.ElementLabels;

/** The words every diff output uses for one change: an element's, a finding's, a zone-matrix cell's. */
final class ChangeWords {

	private ChangeWords() {
	}

	/** "added", "removed", "moved" or "changed". */
	static String kind(ElementChange.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/** One value: "model: C9120AXI-E -> C9130AXI-E" when it changed, "model: C9120AXI-E" for an added or removed element. */
	static String feature(ElementChange change, FeatureChange feature) {
		return switch (change.kind()) {
		case ADDED -> feature.feature() + ": " + value(feature.after());
		case REMOVED -> feature.feature() + ": " + value(feature.before());
		case MOVED, CHANGED -> feature.feature() + ": " + value(feature.before()) + " -> " + value(feature.after());
		};
	}

	/** A value as the outputs show it: "none" when unset. */
	static String value(String text) {
		return text == null ? "none" : text;
	}

	/** What a finding is about: "device 'cam-1' (dev-cam-1)", and the zone reached for a conduit violation. */
	static String subject(Finding finding) {
		String subject = ElementLabels.describe(finding.subject());
		return FindingKey.of(finding).ids().size() > 1 ? subject + " -> " + ElementLabels.describe(finding.elements().get(1)) : subject;
	}

	/** "CRITICAL RESTRICTED_PATH_TO_CORE device 'cam-1' (dev-cam-1)". */
	static String finding(Finding finding) {
		return finding.severity() + " " + finding.rule() + " " + subject(finding);
	}

	/** "waived by waiver-1 until 2027-06-30". */
	static String waiver(Finding finding) {
		return "waived by " + finding.waiver().getId() + " until " + finding.waiver().getExpiry();
	}

	/** A finding of a change: {@link #finding(Finding)}, with its waiver when it has one. */
	static String finding(FindingDelta.Entry entry) {
		Finding finding = entry.finding();
		return finding(finding) + (finding.waived() ? " (" + waiver(finding) + ")" : "");
	}

	/** One difference of a changed finding: "path: 12 hops -> 16 hops". */
	static String difference(FindingDelta.Difference difference) {
		return difference.aspect().name().toLowerCase(Locale.ROOT) + ": " + difference.before() + " -> " + difference.after();
	}

	/** A cell of one version: "intended but absent, carries nothing", "present, carries any service via dev-core-sw-01". */
	static String cell(MatrixDelta.Cell cell) {
		String state = cell.state() != null ? cell.state().label() : cell.present() ? "present" : "absent";
		String traffic = !cell.present() ? "nothing" : cell.services() + (cell.via().isEmpty() ? "" : " via " + String.join(", ", cell.via()));
		return state + ", carries " + traffic + (cell.conduits().isEmpty() ? "" : "; conduit " + String.join(", ", cell.conduits()));
	}

	/** "Staff LAN -> CCTV". */
	static String zones(MatrixDelta.CellChange change) {
		return change.fromName() + " -> " + change.toName();
	}
}
