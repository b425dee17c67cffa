package io.github.netreview.editor.diagram.overlay;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.topology.Identified;

/**
 * What the analysis overlay shows, by element id (so it can come from a copy of the model): which devices are
 * restricted, which elements lie on the path of which core finding (numbered, for a colour each), the zone matrix and
 * how its cells stand against the intended zone policy, and in one line what the analysis could not judge.
 */
public record Overlay(Set<String> restricted, Map<String, Integer> onPath, List<String> pathSubjects, List<Finding> findings,
		ZoneMatrix zoneMatrix, String coverage, ZonePolicy zonePolicy) {

	public static final Overlay NONE = new Overlay(Set.of(), Map.of(), List.of(), List.of(), new ZoneMatrix(List.of(), new ZoneMatrix.Cell[0][0]),
			"", ZonePolicy.NOT_STATED);

	static Overlay of(AnalysisResult result) {
		List<String> subjects = result.coreFindings().stream().map(f -> ((Identified) f.subject()).getId()).toList();
		return new Overlay(Set.copyOf(result.restrictedIds()), Map.copyOf(result.corePathNumbers()), subjects, result.findings(),
				result.zoneMatrix(), result.coverage().headline(), result.zonePolicy());
	}

	/** The device whose core finding has number {@code number}. */
	public String subjectOf(int number) {
		return number < 0 ? null : pathSubjects.get(number);
	}

	/** The number of the first core finding whose path holds the element, or -1. */
	public int pathOf(String id) {
		return id == null ? -1 : onPath.getOrDefault(id, -1);
	}
}
