package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.List;

/**
 * What a change set does to elements, for drawing it: the ids of elements it adds and removes, and each value it
 * changes with the old and new value.
 */
public record ChangeSetDiff(List<String> added, List<String> removed, List<SetValue> changed) {

	public ChangeSetDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		changed = List.copyOf(changed);
	}

	public static ChangeSetDiff of(List<ModelEdit> edits) {
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<SetValue> changed = new ArrayList<>();
		for (ModelEdit edit : edits) {
			switch (edit) {
			case CreateElement create -> added.add(create.id());
			case DeleteElement delete -> removed.add(delete.element());
			case SetValue set -> changed.add(set);
			}
		}
		return new ChangeSetDiff(added, removed, changed);
	}
}
