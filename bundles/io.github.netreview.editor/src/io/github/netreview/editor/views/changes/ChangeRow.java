package io.github.netreview.editor.views.changes;

import java.util.Set;

import io.github.netreview.analysis.diff.FindingDelta;

/**
 * One row of the Changes view: its section, the change (an element's kind, a finding's status, what became of a zone
 * cell or coverage gap), its type or rule, what it is about, the details, and the ids of what shows it on the diagram.
 */
public record ChangeRow(Section section, String change, String type, String subject, String details, Set<String> ids) {

	/** The sections of the list, in order. */
	public enum Section {
		ELEMENTS("Elements"), FINDINGS("Findings"), ZONE_MATRIX("Zone matrix"), COVERAGE("Coverage");

		final String title;

		Section(String title) {
			this.title = title;
		}
	}

	public ChangeRow {
		ids = Set.copyOf(ids);
	}

	/** A finding row's status, null for the other sections. */
	public FindingDelta.Status status() {
		return section == Section.FINDINGS ? FindingDelta.Status.valueOf(change) : null;
	}
}
