package io.github.netreview.editor.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.topology.Identified;

/**
 * What the analysis overlay shows, by element id (so it can come from a copy of the model): which devices are
 * restricted, and which elements lie on the path of which core finding (numbered, for a colour each).
 */
public record Overlay(Set<String> restricted, Map<String, Integer> onPath, List<String> pathSubjects, List<Finding> findings,
		ZoneMatrix zoneMatrix) {

	public static final Overlay NONE = new Overlay(Set.of(), Map.of(), List.of(), List.of(), new ZoneMatrix(List.of(), new ZoneMatrix.Cell[0][0]));

	static Overlay of(AnalysisResult result) {
		Set<String> restricted = new HashSet<>();
		for (Classification classification : result.restricted()) {
			restricted.add(classification.device().getId());
		}
		Map<String, Integer> onPath = new HashMap<>();
		List<String> subjects = new ArrayList<>();
		int number = 0;
		for (Finding finding : result.findings()) {
			if (finding.rule() == Rule.RESTRICTED_PATH_TO_CORE || finding.rule() == Rule.RESTRICTED_DEVICE_IN_CORE) {
				for (EObject hop : finding.path().isEmpty() ? finding.elements() : finding.path()) {
					if (hop instanceof Identified identified && identified.getId() != null) {
						onPath.putIfAbsent(identified.getId(), number);
					}
				}
				subjects.add(((Identified) finding.subject()).getId());
				number++;
			}
		}
		return new Overlay(Set.copyOf(restricted), Map.copyOf(onPath), List.copyOf(subjects), result.findings(), result.zoneMatrix());
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
