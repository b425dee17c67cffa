package io.github.netreview.analysis.diff;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.topology.Network;

/**
 * A review of a change to a network: both versions analysed alike, then compared: the elements (by id), the
 * findings, the zone-matrix cells and the coverage. The analyses are kept for whoever renders the result.
 */
public record NetworkDiff(ModelDiff elements, FindingDelta findings, MatrixDelta zoneMatrix, CoverageDelta coverage,
		AnalysisResult baseResult, AnalysisResult newResult) {

	/** {@code now} against {@code base}, both analysed by {@code analyzer} (so waivers are judged on the same day). */
	public static NetworkDiff of(Network base, Network now, Analyzer analyzer) {
		ForwardingAnalysis baseForwarding = ForwardingAnalysis.of(NetworkIndex.of(base));
		ForwardingAnalysis nowForwarding = ForwardingAnalysis.of(NetworkIndex.of(now));
		AnalysisResult baseResult = analyzer.analyze(base, baseForwarding);
		AnalysisResult newResult = analyzer.analyze(now, nowForwarding);
		return new NetworkDiff(ModelDiff.of(base, now, baseForwarding::hostSegmentsOf, nowForwarding::hostSegmentsOf),
				FindingDelta.of(baseResult.findings(), newResult.findings()), MatrixDelta.of(baseResult, newResult),
				CoverageDelta.of(baseResult.coverage(), newResult.coverage()), baseResult, newResult);
	}

	/**
	 * Whether the change fails a review at {@code threshold}: a finding of that severity or worse is new (or lost its
	 * waiver) and is not waived, or a coverage gap of that severity or worse gained an element, as {@code check} fails
	 * on findings and gaps.
	 */
	public boolean failsAt(Severity threshold) {
		return findings.worsensAtLeast(threshold) || coverage.widensAtLeast(threshold);
	}

	/** Whether nothing changed: no element, finding, zone-matrix cell or coverage gap. */
	public boolean isEmpty() {
		return elements.isEmpty() && findings.isEmpty() && zoneMatrix.isEmpty() && coverage.isEmpty();
	}
}
