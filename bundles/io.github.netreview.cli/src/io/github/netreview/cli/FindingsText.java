package io.github.netreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.PathText;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.Network;

/** Prints an analysis for people: a summary line, then each finding with its path, services and legal basis. */
final class FindingsText {

	/** How many elements of a coverage gap the text names before saying how many more there are. */
	private static final int SHOWN = 10;

	private final PrintWriter out;

	FindingsText(PrintWriter out) {
		this.out = out;
	}

	void print(Path model, Network network, AnalysisResult result, Severity threshold) {
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
		printCoverage(result.coverage());
		out.println();
		line("catalog: " + result.catalogVersion());
		line(result.registryNote());
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
