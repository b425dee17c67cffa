package io.github.netreview.report.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.diff.CoverageDelta;
import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FeatureChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.FindingDelta.Status;
import io.github.netreview.analysis.diff.MatrixDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.analysis.findings.PathText;
import io.github.netreview.model.SafeText;

/**
 * A change for people: both versions in a line each, the verdict with its reasons, then what changed: elements,
 * findings (new, changed, fixed; unchanged ones counted), zone-matrix cells and coverage.
 */
public final class DiffText {

	private final StringBuilder text = new StringBuilder();

	private DiffText() {
	}

	public static String of(ChangeReview review) {
		return new DiffText().write(review);
	}

	private String write(ChangeReview review) {
		NetworkDiff diff = review.diff();
		DiffVerdict verdict = review.verdict();
		line("Change review: " + review.base().name() + " -> " + review.now().name());
		line("  base: " + version(review.base(), diff.baseResult(), verdict));
		line("  new:  " + version(review.now(), diff.newResult(), verdict));
		line("verdict: " + verdict.headline() + (diff.isEmpty() ? "; nothing changed" : ""));
		verdict.reasons().forEach(reason -> line("  " + reason));
		elements(diff.elements().changes());
		findings(diff.findings(), verdict);
		matrix(diff.zoneMatrix());
		coverage(diff.coverage());
		return text.toString();
	}

	private static String version(ChangeReview.Version version, AnalysisResult result, DiffVerdict verdict) {
		return version.network().getDevices().size() + " devices, " + result.restricted().size() + " restricted; " + result.findings().size()
				+ " findings, " + result.unwaivedAtLeast(verdict.threshold()).size() + " at or above " + verdict.level() + " not waived; "
				+ result.coverage().headline();
	}

	private void elements(List<ElementChange> changes) {
		blank();
		Map<ElementChange.Kind, Integer> counts = new TreeMap<>();
		changes.forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
		line("ELEMENTS: " + (changes.isEmpty() ? "none changed" : String.join(", ", counts.entrySet().stream()
				.map(count -> count.getValue() + " " + ChangeWords.kind(count.getKey())).toList())));
		for (ElementChange change : changes) {
			line("  " + ChangeWords.kind(change.kind()) + " " + change.label());
			for (FeatureChange feature : change.features()) {
				line("    " + ChangeWords.feature(change, feature));
			}
		}
	}

	private void findings(FindingDelta delta, DiffVerdict verdict) {
		blank();
		line("FINDINGS: " + delta.with(Status.NEW).size() + " new, " + delta.with(Status.CHANGED).size() + " changed, "
				+ delta.with(Status.FIXED).size() + " fixed, " + delta.with(Status.UNCHANGED).size() + " unchanged");
		for (FindingDelta.Entry entry : delta.entries()) {
			if (entry.status() == Status.UNCHANGED) {
				continue;
			}
			line("  " + entry.status() + " " + ChangeWords.finding(entry) + (verdict.worsened().contains(entry) ? " [fails at " + verdict.level() + "]" : ""));
			if (entry.status() == Status.CHANGED) {
				entry.differences().forEach(difference -> line("    " + ChangeWords.difference(difference)));
			} else {
				line("    " + entry.finding().message());
			}
			if (entry.status() != Status.FIXED && !entry.finding().path().isEmpty()) {
				line("    " + (entry.status() == Status.CHANGED ? "path now: " : "path: ") + PathText.chain(entry.finding().path()));
			}
		}
	}

	private void matrix(MatrixDelta delta) {
		blank();
		line("ZONE MATRIX: " + (delta.isEmpty() ? "no cell changed" : delta.changes().size() + (delta.changes().size() == 1 ? " cell" : " cells") + " changed"));
		for (MatrixDelta.CellChange change : delta.changes()) {
			line("  " + ChangeWords.zones(change));
			line("    before: " + ChangeWords.cell(change.before()));
			line("    after:  " + ChangeWords.cell(change.after()));
		}
	}

	private void coverage(CoverageDelta delta) {
		blank();
		line("COVERAGE: " + (delta.isEmpty() ? "no gap changed" : delta.changes().size() + (delta.changes().size() == 1 ? " kind of gap" : " kinds of gap")
				+ " changed") + (delta.completeBefore() && delta.completeAfter() ? ""
						: "; no all-clear is given for what a version could not judge (see its coverage above)"));
		for (CoverageDelta.GapChange change : delta.changes()) {
			line("  " + change.severity() + " " + change.kind() + ": " + change.before() + " -> " + change.after()
					+ (change.added().isEmpty() ? "" : "; added " + String.join(", ", change.added()))
					+ (change.resolved().isEmpty() ? "" : "; resolved " + String.join(", ", change.resolved())));
		}
	}

	private void blank() {
		text.append('\n');
	}

	/** {@code line} as one line, whatever names in it hold (a newline in a name must not forge a line). */
	private void line(String line) {
		text.append(SafeText.visible(line)).append('\n');
	}
}
