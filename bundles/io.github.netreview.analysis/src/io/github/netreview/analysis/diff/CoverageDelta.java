package io.github.netreview.analysis.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.coverage.GapKind;
import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.analysis.findings.Severity;

/**
 * How what the analysis could not judge changed between two versions of a network: per kind of coverage gap, the
 * elements (by id) that joined it and those that left it, and whether each version's coverage is complete.
 */
public record CoverageDelta(List<GapChange> changes, boolean completeBefore, boolean completeAfter) {

	/** One kind of gap that changed: its size before and after, the ids added to it and those resolved, in natural order. */
	public record GapChange(GapKind kind, int before, int after, List<String> added, List<String> resolved) {

		public GapChange {
			added = List.copyOf(added);
			resolved = List.copyOf(resolved);
		}

		public Severity severity() {
			return kind.severity();
		}
	}

	public CoverageDelta {
		changes = List.copyOf(changes);
	}

	/** The gaps of {@code now} against those of {@code base}, by kind (most serious first). */
	public static CoverageDelta of(Coverage base, Coverage now) {
		Map<GapKind, Set<String>> before = byKind(base);
		Map<GapKind, Set<String>> after = byKind(now);
		List<GapChange> changes = new ArrayList<>();
		for (GapKind kind : GapKind.values()) {
			Set<String> was = before.getOrDefault(kind, Set.of());
			Set<String> is = after.getOrDefault(kind, Set.of());
			List<String> added = is.stream().filter(id -> !was.contains(id)).sorted(NaturalOrder.INSTANCE).toList();
			List<String> resolved = was.stream().filter(id -> !is.contains(id)).sorted(NaturalOrder.INSTANCE).toList();
			if (!added.isEmpty() || !resolved.isEmpty()) {
				changes.add(new GapChange(kind, was.size(), is.size(), added, resolved));
			}
		}
		return new CoverageDelta(changes, base.complete(), now.complete());
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/** Whether a gap of {@code threshold} or worse gained an element: the new version judges less there. */
	public boolean widensAtLeast(Severity threshold) {
		return changes.stream().anyMatch(change -> !change.added().isEmpty() && change.severity().atLeast(threshold));
	}

	private static Map<GapKind, Set<String>> byKind(Coverage coverage) {
		Map<GapKind, Set<String>> ids = new EnumMap<>(GapKind.class);
		for (Gap gap : coverage.gaps()) {
			Set<String> set = ids.computeIfAbsent(gap.kind(), k -> new LinkedHashSet<>());
			for (EObject element : gap.elements()) {
				set.add(FindingKey.idOf(element));
			}
		}
		return ids;
	}
}
