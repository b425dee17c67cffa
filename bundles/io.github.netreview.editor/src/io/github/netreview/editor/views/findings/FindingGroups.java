package io.github.netreview.editor.views.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingFilter;

/**
 * The findings the Findings view lists: those its filter passes, flat or in groups by rule or site (a group per value,
 * in the order the findings first name it, labelled with its count).
 */
public final class FindingGroups implements ITreeContentProvider {

	/** How the list is grouped. */
	enum By {
		NONE("No grouping", f -> ""), RULE("Group by rule", f -> f.rule().name()), SITE("Group by site",
				f -> FindingFilter.siteOf(f).isEmpty() ? "(no site)" : FindingFilter.siteOf(f));

		final String label;
		final Function<Finding, String> key;

		By(String label, Function<Finding, String> key) {
			this.label = label;
			this.key = key;
		}
	}

	/** One group of the list: its value and its findings. */
	record Group(String name, List<Finding> findings) {
		String label() {
			return name + " (" + findings.size() + ")";
		}
	}

	private FindingFilter filter = FindingFilter.ALL;
	private By by = By.NONE;
	private final Map<Finding, Group> parents = new LinkedHashMap<>();

	void setFilter(FindingFilter filter) {
		this.filter = filter;
	}

	void setGrouping(By by) {
		this.by = by;
	}

	@Override
	public Object[] getElements(Object input) {
		parents.clear();
		@SuppressWarnings("unchecked")
		List<Finding> shown = ((List<Finding>) input).stream().filter(filter).toList();
		if (by == By.NONE) {
			return shown.toArray();
		}
		Map<String, List<Finding>> groups = new LinkedHashMap<>();
		shown.forEach(finding -> groups.computeIfAbsent(by.key.apply(finding), k -> new ArrayList<>()).add(finding));
		List<Group> result = new ArrayList<>();
		groups.forEach((name, findings) -> {
			Group group = new Group(name, findings);
			findings.forEach(finding -> parents.put(finding, group));
			result.add(group);
		});
		return result.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof Group group ? group.findings().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return parents.get(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Group;
	}
}
