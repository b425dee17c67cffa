package io.github.netreview.report.diff;

import java.util.List;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.diff.CoverageDelta;
import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FeatureChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.FindingDelta.Status;
import io.github.netreview.analysis.diff.MatrixDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.analysis.findings.PathText;
import io.github.netreview.layout.DiagramStrokes;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.report.CoverageElements;

/**
 * A change as one self-contained HTML page for a review: both versions and the verdict, what neither could judge, the
 * base and new diagrams with the change drawn (added green, removed red, changed amber, the paths of new, changed and
 * fixed findings thick), and tables of the element changes, the findings that changed, the zone-matrix cells and the
 * coverage.
 */
public final class DiffHtml {

	private final StringBuilder html = new StringBuilder();

	private DiffHtml() {
	}

	public static String of(ChangeReview review) {
		return new DiffHtml().page(review);
	}

	private String page(ChangeReview review) {
		NetworkDiff diff = review.diff();
		String title = "Change review: " + ElementLabels.name(review.now().network());
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(e(title)).append("</title>\n<style>\n")
				.append("body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
				.append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f5f7}")
				.append(".fails,.NEW{color:#c00;font-weight:bold}.FIXED{color:#2e7d32}.CHANGED{color:#b36b00}")
				.append(".added{background:#e3f5e6}.removed{background:#fde4e4}.moved,.changed{background:#fff3d6}")
				.append(".swatch{display:inline-block;width:2em;height:0;vertical-align:middle;margin:0 .4em}")
				.append(".diagram{overflow:auto;border:1px solid #ddd;max-height:900px}\n</style></head><body>\n");
		html.append("<h1>").append(e(title)).append("</h1>\n");
		summary(review);
		coverage(review);
		diagrams(review);
		elements(diff.elements().changes());
		findings(diff.findings(), review.verdict());
		matrix(diff.zoneMatrix());
		coverageChanges(diff.coverage());
		html.append("</body></html>\n");
		return html.toString();
	}

	private void summary(ChangeReview review) {
		DiffVerdict verdict = review.verdict();
		AnalysisResult base = review.diff().baseResult();
		AnalysisResult now = review.diff().newResult();
		html.append("<h2>Summary</h2>\n<table><tr><th></th><th>Base</th><th>New</th></tr>\n");
		row("Model", review.base().name(), review.now().name());
		row("Devices", review.base().network().getDevices().size(), review.now().network().getDevices().size());
		row("Restricted devices", base.restricted().size(), now.restricted().size());
		row("Findings", base.findings().size(), now.findings().size());
		row("At or above " + verdict.level() + ", not waived", base.unwaivedAtLeast(verdict.threshold()).size(),
				now.unwaivedAtLeast(verdict.threshold()).size());
		row("Coverage", base.coverage().headline(), now.coverage().headline());
		html.append("</table>\n<p class=\"").append(verdict.fails() ? "fails" : "passes").append("\">Verdict: ").append(e(verdict.headline()))
				.append("</p>\n");
		if (!verdict.reasons().isEmpty()) {
			html.append("<ul>\n");
			verdict.reasons().forEach(reason -> html.append("<li>").append(e(reason)).append("</li>\n"));
			html.append("</ul>\n");
		}
	}

	private void coverage(ChangeReview review) {
		html.append("<h2>Coverage</h2>\n");
		versionCoverage("Base", review.diff().baseResult().coverage());
		versionCoverage("New", review.diff().newResult().coverage());
	}

	private void versionCoverage(String version, Coverage coverage) {
		if (coverage.complete()) {
			html.append("<p>").append(version).append(": complete.</p>\n");
			return;
		}
		html.append("<p>").append(version).append(": what this version could not judge; no all-clear is given for it.</p>\n")
				.append("<table><tr><th>Severity</th><th>Gap</th><th>Elements</th></tr>\n");
		for (Gap gap : coverage.gaps()) {
			html.append("<tr><td>").append(gap.severity()).append("</td><td>").append(e(gap.summary())).append("</td><td>")
					.append(e(CoverageElements.listed(gap, 50))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void diagrams(ChangeReview review) {
		html.append("<h2>Diagrams</h2>\n<p>").append(swatch(DiffStrokes.ADDED, DiffStrokes.WIDTH, false)).append("added")
				.append(swatch(DiffStrokes.REMOVED, DiffStrokes.WIDTH, true)).append("removed (on the base)")
				.append(swatch(DiffStrokes.CHANGED, DiffStrokes.WIDTH, false)).append("changed or moved (a device also for its interfaces and rules)")
				.append(swatch(DiffStrokes.PATH, DiffStrokes.PATH_WIDTH, false))
				.append("thick: on the path of a finding that is new or changed (new), fixed or changed (base)</p>\n");
		diagram("Base", review.base(), review.diff().baseResult(), DiffStrokes.base(review.diff(), review.base().network()));
		diagram("New", review.now(), review.diff().newResult(), DiffStrokes.now(review.diff(), review.now().network()));
	}

	private void diagram(String heading, ChangeReview.Version version, AnalysisResult result, DiagramStrokes strokes) {
		html.append("<h3>").append(heading).append(": ").append(e(version.name())).append("</h3>\n<div class=\"diagram\">")
				.append(DiagramSvg.render(version.diagram(), result.restrictedIds(), strokes)).append("</div>\n");
	}

	private static String swatch(String colour, int width, boolean dashed) {
		return "<span class=\"swatch\" style=\"border-top:" + width + "px " + (dashed ? "dashed " : "solid ") + colour + "\"></span>";
	}

	private void elements(List<ElementChange> changes) {
		html.append("<h2>Element changes</h2>\n");
		if (changes.isEmpty()) {
			html.append("<p>None.</p>\n");
			return;
		}
		html.append("<table><tr><th>Change</th><th>Element</th><th>Value</th><th>Before</th><th>After</th></tr>\n");
		for (ElementChange change : changes) {
			List<FeatureChange> features = change.features().isEmpty() ? List.of(new FeatureChange("", null, null)) : change.features();
			for (int i = 0; i < features.size(); i++) {
				FeatureChange feature = features.get(i);
				html.append("<tr class=\"").append(ChangeWords.kind(change.kind())).append("\">");
				if (i == 0) {
					html.append("<td rowspan=\"").append(features.size()).append("\">").append(ChangeWords.kind(change.kind()))
							.append("</td><td rowspan=\"").append(features.size()).append("\">").append(e(change.label())).append("</td>");
				}
				html.append("<td>").append(e(feature.feature())).append("</td><td>").append(e(feature.before())).append("</td><td>")
						.append(e(feature.after())).append("</td></tr>\n");
			}
		}
		html.append("</table>\n");
	}

	private void findings(FindingDelta delta, DiffVerdict verdict) {
		html.append("<h2>Findings</h2>\n<p>").append(delta.with(Status.NEW).size()).append(" new, ").append(delta.with(Status.CHANGED).size())
				.append(" changed, ").append(delta.with(Status.FIXED).size()).append(" fixed, ").append(delta.with(Status.UNCHANGED).size())
				.append(" unchanged (not listed).</p>\n");
		if (delta.isEmpty()) {
			return;
		}
		html.append("<table><tr><th>Status</th><th>Finding</th><th>What changed</th><th>Path</th></tr>\n");
		for (FindingDelta.Entry entry : delta.entries()) {
			if (entry.status() == Status.UNCHANGED) {
				continue;
			}
			List<String> what = entry.status() == Status.CHANGED ? entry.differences().stream().map(ChangeWords::difference).toList()
					: List.of(entry.finding().message());
			html.append("<tr><td class=\"").append(entry.status()).append("\">").append(entry.status())
					.append(verdict.worsened().contains(entry) ? "<br><span class=\"fails\">fails at " + verdict.level() + "</span>" : "")
					.append("</td><td>").append(e(ChangeWords.finding(entry))).append("</td><td>").append(lines(what)).append("</td><td>")
					.append(e(entry.finding().path().isEmpty() ? "" : PathText.chain(entry.finding().path()))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void matrix(MatrixDelta delta) {
		html.append("<h2>Zone matrix</h2>\n");
		if (delta.isEmpty()) {
			html.append("<p>No cell changed.</p>\n");
			return;
		}
		html.append("<table><tr><th>From</th><th>To</th><th>Before</th><th>After</th></tr>\n");
		for (MatrixDelta.CellChange change : delta.changes()) {
			html.append("<tr><td>").append(e(change.fromName())).append("</td><td>").append(e(change.toName())).append("</td><td>")
					.append(e(ChangeWords.cell(change.before()))).append("</td><td>").append(e(ChangeWords.cell(change.after()))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void coverageChanges(CoverageDelta delta) {
		html.append("<h2>Coverage changes</h2>\n");
		if (delta.isEmpty()) {
			html.append("<p>No gap changed.</p>\n");
			return;
		}
		html.append("<table><tr><th>Severity</th><th>Gap</th><th>Before</th><th>After</th><th>Added</th><th>Resolved</th></tr>\n");
		for (CoverageDelta.GapChange change : delta.changes()) {
			html.append("<tr><td>").append(change.severity()).append("</td><td>").append(change.kind()).append("</td><td>").append(change.before())
					.append("</td><td>").append(change.after()).append("</td><td>").append(e(String.join(", ", change.added()))).append("</td><td>")
					.append(e(String.join(", ", change.resolved()))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void row(String name, Object base, Object now) {
		html.append("<tr><th>").append(e(name)).append("</th><td>").append(e(String.valueOf(base))).append("</td><td>").append(e(String.valueOf(now)))
				.append("</td></tr>\n");
	}

	/** {@code lines} as HTML, one under the other. */
	private static String lines(List<String> lines) {
		return String.join("<br>", lines.stream().map(DiffHtml::e).toList());
	}

	/** {@code text} as HTML: markup escaped, control and bidi characters shown; null as empty. */
	private static String e(String text) {
		return SafeText.markup(text);
	}
}
