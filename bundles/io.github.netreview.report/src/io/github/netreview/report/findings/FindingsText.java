package io.github.netreview.report.findings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.PathText;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.report.CoverageElements;
import io.github.netreview.report.ZoneCells;

/** Prints an analysis for people: a summary line, then each finding with its path, services and legal basis. */
public final class FindingsText {

	/** How many elements of a coverage gap the text names before saying how many more there are. */
	private static final int SHOWN = 10;

	private final PrintWriter out;

	public FindingsText(PrintWriter out) {
		this.out = out;
	}

	public void print(Path model, Network network, AnalysisResult result, Severity threshold) {
		long failing = result.unwaivedAtLeast(threshold).size();
		long waived = result.findings().stream().filter(Finding::waived).count();
		line(String.format("%s: %d devices, %d restricted; %d findings, %d at or above %s not waived, %d waived; %s", model,
				network.getDevices().size(), result.restricted().size(), result.findings().size(), failing,
				threshold.name().toLowerCase(), waived, result.coverage().headline()));
		for (Finding finding : result.findings()) {
			out.println();
			line(finding.severity() + " " + finding.rule() + (finding.waived() ? " (waived by " + finding.waiver().getId()
					+ " until " + finding.waiver().getExpiry() + ")" : ""));
			line("  " + finding.message());
			if (!finding.path().isEmpty()) {
				line("  path: " + PathText.chain(finding.path()));
				line("  services: " + finding.services());
			}
			finding.cause().forEach(cause -> line("  cause: " + cause));
			if (!finding.legalBasis().isEmpty()) {
				line("  legal basis: " + finding.legalBasis().stream().map(Object::toString).collect(Collectors.joining("; ")));
			}
		}
		printZoneMatrix(result.zoneMatrix(), result.zonePolicy());
		printCoverage(result.coverage());
		out.println();
		line("catalog: " + result.catalogVersion());
		line(result.registryNote());
	}

	/**
	 * The zone matrix against the intended zone policy: every cell but those neither intended nor present (traffic
	 * within a zone only when a conduit names it or a violation could not arise), violations first.
	 */
	private void printZoneMatrix(ZoneMatrix matrix, ZonePolicy policy) {
		out.println();
		if (!policy.stated()) {
			line("ZONE MATRIX: no intended zone policy stated (no conduits in the model), so no cell is judged; where one zone reaches another:");
		} else {
			line(String.format("ZONE MATRIX against the intended zone policy: %d present but not intended, %d intended and present, %d intended but absent",
					policy.count(CellState.PRESENT_NOT_INTENDED), policy.count(CellState.INTENDED_AND_PRESENT),
					policy.count(CellState.INTENDED_NOT_PRESENT)));
		}
		for (CellState shown : new CellState[] { CellState.PRESENT_NOT_INTENDED, CellState.INTENDED_AND_PRESENT, CellState.INTENDED_NOT_PRESENT, null }) {
			for (Zone from : matrix.zones()) {
				for (Zone to : matrix.zones()) {
					boolean listed = policy.stated() ? policy.state(from, to) == shown && (from != to || !policy.conduits(from, to).isEmpty())
							: shown == null && from != to && matrix.cell(from, to).reachable();
					if (listed) {
						String conduits = ZoneCells.conduits(policy, from, to);
						line("  " + ElementLabels.name(from) + " -> " + ElementLabels.name(to) + ": " + ZoneCells.state(policy, matrix, from, to)
								+ ", carries " + ZoneCells.traffic(matrix.cell(from, to)) + (conduits.isEmpty() ? "" : "; conduit " + conduits));
					}
				}
			}
		}
	}

	/** What the check could not judge, each gap with the elements it concerns (the first few of many). */
	private void printCoverage(Coverage coverage) {
		out.println();
		if (coverage.complete()) {
			out.println("COVERAGE complete: a core zone to judge against, every device classifiable, every camera cabled, every"
					+ " cabled port in a VLAN and segment, every zone with a kind and every segment in a zone");
			return;
		}
		out.println("COVERAGE: what this check could not judge (no all-clear is given for it)");
		for (Gap gap : coverage.gaps()) {
			line("  " + gap.severity() + " " + gap.kind() + " " + gap.summary());
			line("    " + CoverageElements.listed(gap, SHOWN));
		}
	}

	/** Prints {@code text} as one line, whatever names in it hold (a newline in a name must not forge a line). */
	private void line(String text) {
		out.println(SafeText.visible(text));
	}
}
