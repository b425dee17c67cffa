package io.github.netreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.findings.FindingsJson;
import io.github.netreview.report.findings.FindingsSarif;
import io.github.netreview.report.findings.FindingsText;
import io.github.netreview.report.findings.SarifArtifact;
import io.github.netreview.report.findings.SarifBaseline;
import io.github.netreview.report.html.HtmlReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview check}: finds restricted devices and every path from them to a core network. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Classify every device against the restricted-vendor catalog and report restricted devices in or "
				+ "with a path to a core network, on sensitive sites, cabled to core equipment, dual-homed bridges, "
				+ "devices of unknown make and expired waivers, with their paths and legal basis, and what it could not judge "
				+ "(coverage). Exits 1 when a finding or coverage gap at or above --fail-on is not waived.")
final class CheckCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@picocli.CommandLine.Mixin
	AsOf asOf = new AsOf();

	@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
	Path model;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
			description = "Lowest severity that fails the check: critical, error, warning or info (default: ${DEFAULT-VALUE}).")
	String failOn;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (for people), json (for scripts), sarif (SARIF 2.1.0, for code-scanning tools) or html (a review page "
					+ "without proposals; see report); default ${DEFAULT-VALUE}.")
	String format;

	@Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE instead of standard output (- is standard output).")
	Path output;

	@picocli.CommandLine.Mixin
	SarifOptions sarif = new SarifOptions();

	@Option(names = "--baseline", paramLabel = "OLD.sarif",
			description = "With --format sarif: a log check wrote before; each result is marked new, unchanged or updated against it, and "
					+ "its results this check no longer finds are added as absent (matched by their netreview/v1 fingerprints).")
	Path baseline;

	@Option(names = "--force", description = "Overwrite FILE if it exists.")
	boolean force;

	@Override
	public Integer call() throws IOException {
		Severity threshold = parseSeverity(failOn);
		if (!List.of("text", "json", "sarif", "html").contains(format)) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text, json, sarif or html, not " + SafeText.echo(format));
		}
		OutputFile.check(spec.commandLine(), output, model, force);
		sarif.requireSarif(spec.commandLine(), format, baseline);
		SarifArtifact artifact = format.equals("sarif") ? sarif.artifact(spec.commandLine(), model) : null;
		SarifBaseline earlier = format.equals("sarif") ? SarifOptions.baseline(baseline, artifact) : null;
		Resource resource = ModelArgument.load(model);
		Network network = ModelArgument.network(resource);
		Progress progress = Progress.start(spec.commandLine().getErr(), "Analysing " + network.getDevices().size() + " devices");
		Analyzer analyzer = asOf.analyzer();
		AnalysisResult result = analyzer.analyze(network);
		progress.done();
		String text = switch (format) {
		case "json" -> FindingsJson.of(model, network, result);
		case "sarif" -> FindingsSarif.check(artifact, result, earlier);
		case "html" -> HtmlReport.of("Network check: " + ElementLabels.name(network), resource.getContents(), result, null, null, analyzer);
		default -> {
			StringWriter buffer = new StringWriter();
			PrintWriter printer = new PrintWriter(buffer);
			new FindingsText(printer).print(model, network, result, threshold);
			printer.flush();
			yield buffer.toString();
		}
		};
		OutputFile.write(spec.commandLine(), output, text);
		return result.failsAt(threshold) ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
	}

	private Severity parseSeverity(String text) {
		try {
			return Severity.valueOf(text.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--fail-on must be critical, error, warning or info, not " + SafeText.echo(text));
		}
	}
}
