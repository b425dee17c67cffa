package io.github.netreview.editor.views.findings;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.NaturalOrder;

/** Sorts the Findings view by one column: severity by rank, every other column by its text in natural order. */
public final class FindingSort extends ViewerComparator {

	private final FindingColumns column;
	private final boolean ascending;

	FindingSort(FindingColumns column, boolean ascending) {
		this.column = column;
		this.ascending = ascending;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		int order;
		if (a instanceof Finding x && b instanceof Finding y) {
			order = column == FindingColumns.SEVERITY ? x.severity().compareTo(y.severity()) : NaturalOrder.INSTANCE.compare(column.text(x), column.text(y));
		} else if (a instanceof FindingGroups.Group x && b instanceof FindingGroups.Group y) {
			order = NaturalOrder.INSTANCE.compare(x.name(), y.name());
		} else {
			order = 0;
		}
		return ascending ? order : -order;
	}
}
