package io.github.netreview.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.topology.Identified;

/**
 * Everything one analysis of a network found: the findings (most severe first), the classification of every
 * restricted device, the zone matrix and how it stands against the intended zone policy, which catalog and registry
 * were used, and what could not be judged.
 */
public record AnalysisResult(List<Finding> findings, List<Classification> restricted, ZoneMatrix zoneMatrix,
		ZonePolicy zonePolicy, String catalogVersion, String registryNote, Coverage coverage) {

	public AnalysisResult {
		findings = List.copyOf(findings);
		restricted = List.copyOf(restricted);
	}

	/** The ids of the restricted devices. */
	public Set<String> restrictedIds() {
		Set<String> ids = new HashSet<>();
		restricted.forEach(classification -> ids.add(classification.device().getId()));
		return ids;
	}

	/** The core findings (a restricted device in or with a path to a core zone), in finding order. */
	public List<Finding> coreFindings() {
		return findings.stream().filter(f -> f.rule() == Rule.RESTRICTED_PATH_TO_CORE || f.rule() == Rule.RESTRICTED_DEVICE_IN_CORE).toList();
	}

	/**
	 * For each element id on the path of a core finding (its elements when it has no path), the position in
	 * {@link #coreFindings()} of the first such finding: what drawings colour a path by.
	 */
	public Map<String, Integer> corePathNumbers() {
		Map<String, Integer> numbers = new HashMap<>();
		List<Finding> core = coreFindings();
		for (int number = 0; number < core.size(); number++) {
			Finding finding = core.get(number);
			for (EObject hop : finding.path().isEmpty() ? finding.elements() : finding.path()) {
				if (hop instanceof Identified identified && identified.getId() != null) {
					numbers.putIfAbsent(identified.getId(), number);
				}
			}
		}
		return numbers;
	}

	/** Whether the verdict fails at {@code threshold}: an unwaived finding or a coverage gap of that severity or worse. */
	public boolean failsAt(Severity threshold) {
		return !unwaivedAtLeast(threshold).isEmpty() || !coverage.atLeast(threshold).isEmpty();
	}

	/** Findings of {@code threshold} or worse that no waiver covers. */
	public List<Finding> unwaivedAtLeast(Severity threshold) {
		return findings.stream().filter(f -> !f.waived() && f.severity().atLeast(threshold)).toList();
	}
}
