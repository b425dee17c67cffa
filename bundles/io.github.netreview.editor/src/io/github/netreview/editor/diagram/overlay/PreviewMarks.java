package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * How a proposal looks on the diagram before it is applied, by the id of the device or link that shows it: changed
 * (amber, with old -> new values), removed or cut (red, struck through), or gaining something new (green dashed, with
 * what is added), each edit a short line; and which restricted devices it takes off the core.
 */
public record PreviewMarks(Map<String, Mark> marks, Set<String> resolved) {

	public static final PreviewMarks NONE = new PreviewMarks(Map.of(), Set.of());

	/** What happens to one drawn element. */
	public enum Kind {
		CHANGED, REMOVED, ADDED
	}

	/** The mark of one drawn element: the strongest kind of edit it gets, and each edit in words. */
	public record Mark(Kind kind, List<String> lines) {
	}

	/** The marks of {@code proposal} on the elements of {@code ids}' network (the one the diagram shows). */
	public static PreviewMarks of(Proposal proposal, ElementIds ids) {
		Map<String, Kind> kinds = new LinkedHashMap<>();
		Map<String, List<String>> lines = new LinkedHashMap<>();
		Map<String, String> createdAt = new LinkedHashMap<>();
		for (ModelEdit edit : proposal.edits()) {
			String words = EditLines.of(edit, ids);
			String at;
			Kind kind;
			if (edit instanceof CreateElement create) {
				at = createdAt.containsKey(create.container()) ? createdAt.get(create.container()) : drawnOwner(ids, create.container());
				kind = Kind.ADDED;
				if (create.type().equals("Link")) {
					at = drawnOwner(ids, create.values().get("endB"));
				}
				createdAt.put(create.id(), at);
			} else if (edit instanceof DeleteElement delete) {
				at = drawnOwner(ids, delete.element());
				kind = Kind.REMOVED;
			} else {
				SetValue set = (SetValue) edit;
				at = drawnOwner(ids, set.element());
				boolean cut = ids.contains(set.element()) && ids.get(set.element()) instanceof Link && set.feature().equals("enabled")
						&& "false".equals(set.newValue());
				kind = cut ? Kind.REMOVED : Kind.CHANGED;
			}
			if (at != null) {
				kinds.merge(at, kind, (a, b) -> a == Kind.REMOVED || b == Kind.REMOVED ? Kind.REMOVED : a);
				lines.computeIfAbsent(at, k -> new ArrayList<>()).add(words);
			}
		}
		Map<String, Mark> marks = new LinkedHashMap<>();
		kinds.forEach((id, kind) -> marks.put(id, new Mark(kind, EditLines.capped(lines.get(id), "the Proposals view"))));
		Set<String> resolved = new HashSet<>(proposal.verification() == null ? List.of() : proposal.verification().removed());
		return new PreviewMarks(Map.copyOf(marks), Set.copyOf(resolved));
	}

	/** The id of the device or link that shows {@code id} on a diagram: an interface's, policy's or rule's device. */
	private static String drawnOwner(ElementIds ids, String id) {
		if (id == null || !ids.contains(id)) {
			return null;
		}
		for (EObject at = ids.get(id); at != null; at = at.eContainer()) {
			if (at instanceof Device || at instanceof Link) {
				return ElementIds.idOf(at);
			}
			if (!(at instanceof Interface || at instanceof FirewallPolicy || at instanceof FirewallRule)) {
				return ElementIds.idOf(ids.get(id));
			}
		}
		return null;
	}

	/** The mark of the element with {@code id}, or null. */
	public Mark markOf(String id) {
		return id == null ? null : marks.get(id);
	}
}
