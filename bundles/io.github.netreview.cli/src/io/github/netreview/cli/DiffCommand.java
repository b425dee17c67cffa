package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.SafeText;
import io.github.netreview.report.diff.ChangeReview;
import io.github.netreview.report.diff.DiffHtml;
import io.github.netreview.report.diff.DiffJson;
import io.github.netreview.report.diff.DiffSarif;
import io.github.netreview.report.diff.DiffText;
import io.github.netreview.report.findings.SarifArtifact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview diff}: reviews a change to a network, or prints one version as text for a git diff driver. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = "Review a change from BASE to NEW: the elements added, removed, moved and changed (by id, each value "
				+ "old -> new), the findings that are new, changed (a longer or shorter path, an expired waiver), fixed or "
				+ "unchanged, the zone-matrix cells and the coverage that changed. Exits 1 when a finding at or above "
				+ "--fail-on is new (or lost its waiver) and not waived, or when either version cannot be judged at that "
				+ "severity (a coverage gap such as no core zone). With --textconv, prints the one FILE given as sorted lines "
				+ "for a git diff driver and exits 0.")
final class DiffCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@picocli.CommandLine.Mixin
	AsOf asOf = new AsOf();

	@picocli.CommandLine.Mixin
	SarifOptions sarif = new SarifOptions();

	@Parameters(paramLabel = "MODEL", arity = "1..2",
			description = "BASE NEW, two .netreview files; NEW alone with --base-rev; FILE alone with --textconv.")
	List<Path> models;

	@Option(names = "--base-rev", paramLabel = "REV",
			description = "Compare NEW with NEW as it was at git revision REV (HEAD~1, a branch, a tag, a commit), read with git.")
	String baseRevision;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = SeverityConverter.class,
			description = "Lowest severity of a new finding that fails the review: critical, error, warning or info (default: ${DEFAULT-VALUE}).")
	Severity failOn;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (for people), json (for scripts, format netreview-diff/1), sarif (SARIF 2.1.0 with baselineState) "
					+ "or html (both diagrams with the change drawn); default ${DEFAULT-VALUE}.")
	String format;

	@Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
	Path output;

	@Option(names = "--force", description = "Overwrite FILE if it exists.")
	boolean force;

	@Option(names = "--textconv",
			description = "Print the one model given as sorted lines of text (every value of every element, the findings, "
					+ "the zone matrix, the coverage), for git: git config diff.netreview.textconv \"netreview diff --textconv\".")
	boolean textconv;

	@Override
	public Integer call() throws Exception {
		if (textconv) {
			return textconv();
		}
		if (!List.of("text", "json", "sarif", "html").contains(format)) {
			throw new ParameterException(spec.commandLine(), "--format must be text, json, sarif or html, not " + SafeText.echo(format));
		}
		if (models.size() != (baseRevision == null ? 2 : 1)) {
			throw new ParameterException(spec.commandLine(), baseRevision == null ? "give BASE and NEW, or NEW with --base-rev REV"
					: "with --base-rev, give only NEW (its version at " + SafeText.echo(baseRevision) + " is the base)");
		}
		Path newModel = models.get(models.size() - 1);
		models.forEach(model -> OutputFile.check(spec.commandLine(), output, model, force));
		sarif.requireSarif(spec.commandLine(), format, null);
		SarifArtifact artifact = format.equals("sarif") ? sarif.artifact(spec.commandLine(), newModel) : null;
		ChangeReview.Version now = DiffVersions.file(newModel);
		ChangeReview.Version base = baseRevision == null ? DiffVersions.file(models.get(0)) : DiffVersions.revision(newModel, baseRevision);
		Progress progress = Progress.start(spec.commandLine().getErr(), "Comparing " + base.network().getDevices().size() + " and "
				+ now.network().getDevices().size() + " devices");
		ChangeReview review = ChangeReview.of(base, now, asOf.analyzer(), failOn);
		String text = switch (format) {
		case "json" -> DiffJson.of(review);
		case "sarif" -> DiffSarif.of(review, artifact);
		case "html" -> DiffHtml.of(review);
		default -> DiffText.of(review);
		};
		progress.done();
		OutputFile.write(spec.commandLine(), output, text);
		return review.verdict().fails() ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
	}

	private int textconv() throws Exception {
		if (models.size() != 1 || baseRevision != null || spec.commandLine().getParseResult().hasMatchedOption("--format")) {
			throw new ParameterException(spec.commandLine(), "--textconv takes one FILE, without --base-rev or --format");
		}
		OutputFile.check(spec.commandLine(), output, models.get(0), force);
		OutputFile.write(spec.commandLine(), output, DiffTextconv.of(models.get(0), asOf.analyzer()));
		return ExitCodes.OK;
	}
}
