package io.github.netreview.editor.views.changes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.editor.views.changes.ChangeRow.Section;

/** The rows the Changes view lists, in a group per section: every row but the findings whose status is filtered out. */
final class ChangeGroups implements ITreeContentProvider {

	/** One section of the list and its rows shown, of {@code all} it has. */
	record Group(Section section, List<ChangeRow> rows, int all) {
		String label() {
			return section.title + " (" + (rows.size() == all ? all : rows.size() + " of " + all) + ")";
		}
	}

	private final Set<FindingDelta.Status> statuses = EnumSet.of(FindingDelta.Status.NEW, FindingDelta.Status.CHANGED, FindingDelta.Status.FIXED);
	private final Map<ChangeRow, Group> parents = new LinkedHashMap<>();

	void show(FindingDelta.Status status, boolean shown) {
		if (shown) {
			statuses.add(status);
		} else {
			statuses.remove(status);
		}
	}

	boolean shows(FindingDelta.Status status) {
		return statuses.contains(status);
	}

	boolean shows(ChangeRow row) {
		return row.status() == null || statuses.contains(row.status());
	}

	@Override
	public Object[] getElements(Object input) {
		parents.clear();
		@SuppressWarnings("unchecked")
		List<ChangeRow> rows = (List<ChangeRow>) input;
		List<Group> groups = new ArrayList<>();
		for (Section section : Section.values()) {
			List<ChangeRow> all = rows.stream().filter(row -> row.section() == section).toList();
			List<ChangeRow> shown = all.stream().filter(this::shows).toList();
			if (!all.isEmpty()) {
				Group group = new Group(section, shown, all.size());
				shown.forEach(row -> parents.put(row, group));
				groups.add(group);
			}
		}
		return groups.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof Group group ? group.rows().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return parents.get(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Group group && !group.rows().isEmpty();
	}
}
