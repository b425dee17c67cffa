package io.github.netreview.editor.views.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.netreview.analysis.diff.CoverageDelta;
import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.MatrixDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.editor.diagram.overlay.ChangeLines;
import io.github.netreview.editor.diagram.overlay.DrawnOwners;
import io.github.netreview.editor.diagram.overlay.FindingIds;
import io.github.netreview.editor.views.changes.ChangeRow.Section;
import io.github.netreview.model.ElementLabels;

/** The rows of a comparison, section by section in the order the comparison gives them, each with what shows it on the diagram. */
final class ChangeRows {

	private ChangeRows() {
	}

	static List<ChangeRow> of(NetworkDiff diff, DrawnOwners owners) {
		List<ChangeRow> rows = new ArrayList<>();
		for (ElementChange change : diff.elements().changes()) {
			rows.add(new ChangeRow(Section.ELEMENTS, change.kind().name(), change.type(), change.label(), ChangeLines.features(change),
					drawn(owners, List.of(change.id()))));
		}
		for (FindingDelta.Entry entry : diff.findings().entries()) {
			Finding finding = entry.finding();
			rows.add(new ChangeRow(Section.FINDINGS, entry.status().name(), finding.rule().name(), ElementLabels.describe(finding.subject()),
					details(entry), FindingIds.of(finding)));
		}
		for (MatrixDelta.CellChange cell : diff.zoneMatrix().changes()) {
			Set<String> ids = new LinkedHashSet<>(List.of(cell.fromId(), cell.toId()));
			ids.addAll(cell.after().present() ? cell.after().via() : cell.before().via());
			rows.add(new ChangeRow(Section.ZONE_MATRIX, cellChange(cell), "zone cell", cell.fromName() + " -> " + cell.toName(),
					cellText(cell.before()) + " -> " + cellText(cell.after()), ids));
		}
		for (CoverageDelta.GapChange gap : diff.coverage().changes()) {
			List<String> elements = new ArrayList<>(gap.added());
			elements.addAll(gap.resolved());
			rows.add(new ChangeRow(Section.COVERAGE, gap.resolved().isEmpty() ? "WIDENED" : gap.added().isEmpty() ? "NARROWED" : "CHANGED",
					gap.kind().name(), gap.before() + " -> " + gap.after() + (gap.after() == 1 ? " element" : " elements"), gapText(gap),
					drawn(owners, elements)));
		}
		return List.copyOf(rows);
	}

	/** A changed finding's differences ("path: 12 hops -> 9 hops"), the message of any other. */
	private static String details(FindingDelta.Entry entry) {
		if (entry.status() != FindingDelta.Status.CHANGED) {
			return entry.finding().message();
		}
		return entry.differences().stream().map(d -> d.aspect().name().toLowerCase() + ": " + d.before() + " -> " + d.after())
				.collect(Collectors.joining("; "));
	}

	private static String cellChange(MatrixDelta.CellChange cell) {
		return cell.before().present() == cell.after().present() ? "CHANGED" : cell.after().present() ? "OPENED" : "CLOSED";
	}

	private static String cellText(MatrixDelta.Cell cell) {
		String traffic = cell.present() ? "carries " + cell.services() : "nothing gets through";
		return cell.state() == null ? traffic : cell.state().label() + ", " + traffic;
	}

	private static String gapText(CoverageDelta.GapChange gap) {
		List<String> parts = new ArrayList<>();
		if (!gap.added().isEmpty()) {
			parts.add("now also " + String.join(", ", gap.added()));
		}
		if (!gap.resolved().isEmpty()) {
			parts.add("no longer " + String.join(", ", gap.resolved()));
		}
		return String.join("; ", parts);
	}

	private static Set<String> drawn(DrawnOwners owners, Collection<String> ids) {
		Set<String> drawn = new LinkedHashSet<>();
		ids.forEach(id -> drawn.addAll(owners.of(id)));
		return drawn;
	}
}
