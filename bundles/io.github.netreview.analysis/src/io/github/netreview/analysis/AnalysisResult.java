package io.github.netreview.analysis;

import java.util.List;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.matrix.ZoneMatrix;

/**
 * Everything one analysis of a network found: the findings (most severe first), the classification of every
 * restricted device, the zone matrix, and which catalog and registry were used.
 */
public record AnalysisResult(List<Finding> findings, List<Classification> restricted, ZoneMatrix zoneMatrix,
		String catalogVersion, String registryNote) {

	public AnalysisResult {
		findings = List.copyOf(findings);
		restricted = List.copyOf(restricted);
	}

	/** Findings of {@code threshold} or worse that no waiver covers. */
	public List<Finding> unwaivedAtLeast(Severity threshold) {
		return findings.stream().filter(f -> !f.waived() && f.severity().atLeast(threshold)).toList();
	}
}
