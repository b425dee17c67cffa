package io.github.netreview.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.analysis.findings.Severity;

/**
 * Whether a change passes review at a severity, with every reason it does not: a finding at or above it that is new,
 * lost its waiver or grew more severe, and not waived; or a version that cannot be judged there (a coverage gap at or
 * above it, such as no core zone), since a change between versions that cannot be judged is never an all-clear.
 */
public record DiffVerdict(Severity threshold, List<FindingDelta.Entry> worsened, List<Gap> baseUnjudged, List<Gap> newUnjudged) {

	public DiffVerdict {
		worsened = List.copyOf(worsened);
		baseUnjudged = List.copyOf(baseUnjudged);
		newUnjudged = List.copyOf(newUnjudged);
	}

	static DiffVerdict of(NetworkDiff diff, Severity threshold) {
		return new DiffVerdict(threshold, diff.findings().worsenedAtLeast(threshold), diff.baseResult().coverage().atLeast(threshold),
				diff.newResult().coverage().atLeast(threshold));
	}

	/** Whether the change fails: something worse at the threshold, or a version that cannot be judged there. */
	public boolean fails() {
		return !worsened.isEmpty() || !baseUnjudged.isEmpty() || !newUnjudged.isEmpty();
	}

	/** The severity in lower case, as --fail-on takes it. */
	public String level() {
		return threshold.name().toLowerCase(Locale.ROOT);
	}

	/** "FAILS at error" or "passes at error". */
	public String headline() {
		return (fails() ? "FAILS" : "passes") + " at " + level();
	}

	/** Why it fails, one reason a line; empty when it passes. */
	public List<String> reasons() {
		List<String> reasons = new ArrayList<>();
		if (!worsened.isEmpty()) {
			reasons.add(worsened.size() + (worsened.size() == 1 ? " finding" : " findings") + " at or above " + level()
					+ " new, no longer waived or more severe, and not waived");
		}
		baseUnjudged.forEach(gap -> reasons.add("the base version cannot be fully judged at " + level() + ": " + gap.summary()));
		newUnjudged.forEach(gap -> reasons.add("the new version cannot be fully judged at " + level() + ": " + gap.summary()));
		return reasons;
	}
}
