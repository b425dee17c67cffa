package io.github.netreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.ProposalApplier;
import io.github.netreview.analysis.proposals.ProposalException;
import io.github.netreview.analysis.proposals.ProposalFiles;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.interchange.text.Utf8Files;
import io.github.netreview.io.changes.ChangeRequest;
import io.github.netreview.io.changes.ChangeRequestBuilder;
import io.github.netreview.io.changes.ChangeRequestHtml;
import io.github.netreview.io.changes.ChangeRequestMarkdown;
import io.github.netreview.io.changes.ChangeRequestText;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.edit.UnknownElementException;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.findings.FindingsSarif;
import io.github.netreview.report.findings.SarifArtifact;
import io.github.netreview.report.html.HtmlReport;
import io.github.netreview.report.proposals.ProposalsJson;
import io.github.netreview.report.proposals.ProposalsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview propose}: ranked, verified segmentation proposals, and applying one to a new file. */
@Command(name = "propose", mixinStandardHelpOptions = true,
		description = "Compute segmentation proposals that take every restricted device out of the core and off every path "
				+ "to it (isolate into a surveillance VLAN, deny rules, minimum link cut, replacement), each verified device by "
				+ "device and ranked by cost; infeasible ones (breaking a required or inferred flow, or cutting other devices "
				+ "off what they reached) are listed last. With --apply, write the network with one proposal made to --output. "
				+ "With --format change-request (or -md, -html), write the change request for --proposal: per-device Cisco IOS "
				+ "configuration, a vendor-neutral change table and the rollback. "
				+ "Exits 1 when something reaches the core and no feasible proposal exists, or when the analysis could not judge the "
				+ "network (no core zone, devices it cannot classify: each is named on standard error).")
final class ProposeCommand implements Callable<Integer> {

	private static final List<String> CHANGE_REQUEST_FORMATS = List.of("change-request", "change-request-md", "change-request-html");

	@Spec
	CommandSpec spec;

	@picocli.CommandLine.Mixin
	AsOf asOf = new AsOf();

	@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
	Path model;

	@Option(names = "--apply", paramLabel = "best|ID|FILE",
			description = "The proposal to apply: best, a proposal id such as minimum-cut, or a saved .proposal.json file.")
	String apply;

	@Option(names = "--output", paramLabel = "NEW", description = "With --apply, where to write the changed network; otherwise where to "
			+ "write the proposals in --format, or the change request (- is standard output, the default).")
	Path output;

	@picocli.CommandLine.Mixin
	SarifOptions sarif = new SarifOptions();

	@Option(names = "--save", paramLabel = "FILE",
			description = "Write the chosen proposal (--apply's, else the best) to FILE as JSON, for a review to carry.")
	Path save;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (for people), json (for scripts: each proposal with its edits, cost and verification) or html (a review "
					+ "page with the chosen or best proposal's before/after diagrams) or sarif (the findings, with the chosen or best "
					+ "proposal as a fix on those it removes), or a change request for --proposal: change-request (plain text, the "
					+ "Cisco IOS blocks as they are pasted), change-request-md (Markdown) or change-request-html; default ${DEFAULT-VALUE}.")
	String format;

	@Option(names = "--proposal", paramLabel = "best|ID|FILE",
			description = "With a change-request format: the proposal it is for (best by default, a proposal id, or a saved .proposal.json "
					+ "file); nothing is applied. --output FILE then writes the change request to FILE.")
	String proposal;

	@Option(names = "--force", description = "Overwrite NEW or FILE if it exists, even when NEW is MODEL itself.")
	boolean force;

	@Option(names = "--allow-collateral", description = "Accept proposals that cut other devices off zones or segments they reached "
			+ "(collateral): they rank by their cost, which counts each such device heavily, instead of being infeasible.")
	boolean allowCollateral;

	@Override
	public Integer call() throws IOException {
		if (!List.of("text", "json", "html", "sarif").contains(format) && !CHANGE_REQUEST_FORMATS.contains(format)) {
			throw new ParameterException(spec.commandLine(), "--format must be text, json, html, sarif, change-request, change-request-md or "
					+ "change-request-html, not " + SafeText.echo(format));
		}
		sarif.requireSarif(spec.commandLine(), format, null);
		if (CHANGE_REQUEST_FORMATS.contains(format)) {
			return changeRequest();
		}
		checkOutputs();
		// --output is the changed network with --apply; otherwise it is where the proposals go
		Path written = apply == null ? output : null;
		SarifArtifact artifact = format.equals("sarif") ? sarif.artifact(spec.commandLine(), model) : null;
		Resource resource = ModelArgument.load(model);
		Network network = ModelArgument.network(resource);
		Proposer proposer = new Proposer(asOf.analyzer(), allowCollateral);
		Progress progress = Progress.start(spec.commandLine().getErr(), "Proposing for " + network.getDevices().size() + " devices");
		Assessment before = proposer.assess(network);
		List<Proposal> proposals = proposer.propose(before);
		Proposal chosen = apply == null ? null : choose("--apply", apply, proposer, before, proposals);
		progress.done();
		// what the analysis could not judge (no core zone, devices it cannot classify) is no all-clear for proposals either
		List<Gap> unjudged = unjudged(before);
		// the proposal a SARIF fix, the report's detail and --save are about: the one applied, else the best
		Proposal shown = chosen != null ? chosen : proposals.isEmpty() ? null : proposals.get(0);
		String text = switch (format) {
		case "sarif" -> FindingsSarif.propose(artifact, before.result(), shown);
		case "html" -> HtmlReport.of("Segmentation proposals: " + ElementLabels.name(network), resource.getContents(), before.result(), proposals, shown,
				asOf.analyzer());
		case "json" -> ProposalsJson.of(model, network.getId(), before.coreProblems().size(), chosen == null ? proposals : List.of(chosen));
		default -> text(before, proposals, chosen, unjudged);
		};
		OutputFile.write(spec.commandLine(), written, text);
		PrintWriter out = spec.commandLine().getOut();
		if (save != null && shown != null) {
			ProposalFiles.save(shown, network.getId(), save);
			out.printf("Saved proposal %s to %s%n", shown.id(), save);
		}
		if (chosen != null) {
			ProposalApplier.apply(network, chosen.edits());
			ModelFiles.save(resource, output);
			out.printf("Wrote %s with proposal %s applied%n", output, chosen.id());
		}
		if (!format.equals("text") || (written != null && !OutputFile.isStandardOutput(written))) {
			unjudged.forEach(gap -> spec.commandLine().getErr().println("netreview: " + model + ": not judged: " + gap.summary()));
		}
		out.flush();
		boolean stuck = before.coreProblems().size() > 0 && proposals.stream().noneMatch(Proposal::feasible);
		return stuck || !unjudged.isEmpty() ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
	}

	/** Refuses options that do not go together, and outputs where nothing may be written (before any work). */
	private void checkOutputs() {
		if (proposal != null) {
			throw new ParameterException(spec.commandLine(), "--proposal is only used with --format change-request, change-request-md or "
					+ "change-request-html (--apply chooses the proposal to apply)");
		}
		if (apply != null && output == null) {
			throw new ParameterException(spec.commandLine(), "--apply needs --output NEW (the changed network is written there)");
		}
		if (apply == null) {
			OutputFile.check(spec.commandLine(), output, model, force);
		} else {
			OutputFile.requireFile(spec.commandLine(), output, "the changed network");
			refuseToOverwrite(output);
		}
		if (OutputFile.isStandardOutput(save)) {
			throw new ParameterException(spec.commandLine(), "--save - is standard output, but the proposal is saved to a file: name the file");
		}
		refuseToOverwrite(save);
	}

	/** The proposals as text (only {@code chosen} when one is applied), then each gap that leaves the network unjudged. */
	private String text(Assessment before, List<Proposal> proposals, Proposal chosen, List<Gap> unjudged) {
		StringWriter buffer = new StringWriter();
		PrintWriter printer = new PrintWriter(buffer);
		ElementIds ids = ElementIds.of(before.network());
		if (chosen == null) {
			new ProposalsText(printer).print(model, before.coreProblems().size(), proposals, ids);
		} else {
			new ProposalsText(printer).print(proposals.indexOf(chosen) + 1, chosen, ids);
		}
		unjudged.forEach(gap -> printer.println("NOT JUDGED: " + gap.summary()));
		printer.flush();
		return buffer.toString();
	}

	/** The change request for --proposal, printed or written to --output; nothing is applied. */
	private int changeRequest() throws IOException {
		if (apply != null) {
			throw new ParameterException(spec.commandLine(), "a change request describes a proposal without applying it: choose it with --proposal, "
					+ "not --apply");
		}
		OutputFile.check(spec.commandLine(), output, model, force);
		refuseToOverwrite(save);
		Resource resource = ModelArgument.load(model);
		Network network = ModelArgument.network(resource);
		Proposer proposer = new Proposer(asOf.analyzer(), allowCollateral);
		Progress progress = Progress.start(spec.commandLine().getErr(), "Proposing for " + network.getDevices().size() + " devices");
		Assessment before = proposer.assess(network);
		List<Proposal> proposals = proposer.propose(before);
		Proposal chosen = choose("--proposal", proposal == null ? "best" : proposal, proposer, before, proposals);
		ChangeRequest request = ChangeRequestBuilder.build(network, chosen, asOf.date());
		progress.done();
		String text = switch (format) {
		case "change-request-md" -> ChangeRequestMarkdown.of(request);
		case "change-request-html" -> ChangeRequestHtml.of(request);
		default -> ChangeRequestText.of(request);
		};
		OutputFile.write(spec.commandLine(), output, text);
		PrintWriter out = spec.commandLine().getOut();
		if (output != null && !OutputFile.isStandardOutput(output)) {
			out.printf("Wrote the change request for proposal %s to %s%n", chosen.id(), output);
		}
		if (save != null) {
			ProposalFiles.save(chosen, network.getId(), save);
			out.printf("Saved proposal %s to %s%n", chosen.id(), save);
		}
		out.flush();
		boolean stuck = !before.coreProblems().isEmpty() && proposals.stream().noneMatch(Proposal::feasible);
		return stuck ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
	}

	private void refuseToOverwrite(Path file) {
		if (file == null) {
			return;
		}
		OutputFile.requireRegularOrNone(file);
		if (force) {
			return;
		}
		if (file.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())) {
			throw new ParameterException(spec.commandLine(), file + " is MODEL itself; use --force to overwrite it");
		}
		if (Files.exists(file)) {
			throw new ParameterException(spec.commandLine(), file + " exists; use --force to overwrite it");
		}
	}

	private static Path pathOrNull(String text) {
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The coverage gaps that leave the network unjudged: no all-clear may be given while there is one. */
	private static List<Gap> unjudged(Assessment before) {
		return before.result().coverage().atLeast(Severity.ERROR);
	}

	/** The proposal {@code selector} (best, an id or a saved file) names, given as {@code option}. */
	private Proposal choose(String option, String selector, Proposer proposer, Assessment before, List<Proposal> proposals) throws IOException {
		Network network = before.network();
		if (selector.equals("best")) {
			if (proposals.isEmpty()) {
				List<Gap> unjudged = unjudged(before);
				throw new ParameterException(spec.commandLine(), "there is no proposal " + (option.equals("--apply") ? "to apply" : "for a change request")
						+ (unjudged.isEmpty() ? ": nothing reaches the core"
								: ": the network could not be judged (" + String.join("; ", unjudged.stream().map(Gap::summary).toList()) + ")"));
			}
			return proposals.get(0);
		}
		for (Proposal proposal : proposals) {
			if (proposal.id().equals(selector)) {
				return proposal;
			}
		}
		Path file = pathOrNull(selector);
		if (file == null || !Files.isRegularFile(file)) {
			throw new ParameterException(spec.commandLine(), option + " " + SafeText.echo(selector) + ": no such proposal (offered: "
					+ String.join(", ", proposals.stream().map(Proposal::id).toList()) + ") and no such file");
		}
		try {
			Utf8Files.read(file);
			return proposer.verify(network, ProposalFiles.load(file));
		} catch (ProposalException | UnknownElementException e) {
			throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
		} catch (Utf8Files.Unreadable | IOException e) {
			throw new BadInput(e.getMessage()); // the message names the file and says what is wrong
		}
	}
}
