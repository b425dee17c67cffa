package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.html.ReviewReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netreview report}: one self-contained HTML page for a design review. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write one self-contained HTML file for a design review: summary, restricted-device inventory with "
				+ "legal basis, the diagram with the analysis overlay, zone matrix, each finding with its path drawn by "
				+ "graphviz, the proposals with the chosen one's changes, before/after diagrams and differential "
				+ "reachability, waivers, and the catalog used.")
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@picocli.CommandLine.Mixin
	AsOf asOf = new AsOf();

	@Parameters(paramLabel = "MODEL", description = "A .netreview file.")
	Path model;

	@Option(names = "--output", required = true, paramLabel = "FILE", description = "The HTML file to write (- is standard output).")
	Path output;

	@Option(names = "--proposal", paramLabel = "best|ID", defaultValue = "best",
			description = "The proposal to show with its before/after diagrams (default: ${DEFAULT-VALUE}).")
	String proposal;

	@Option(names = "--force", description = "Overwrite FILE if it exists.")
	boolean force;

	@Override
	public Integer call() throws Exception {
		OutputFile.check(spec.commandLine(), output, model, force);
		Resource resource = ModelArgument.load(model);
		Network network = ModelArgument.network(resource);
		Progress progress = Progress.start(spec.commandLine().getErr(), "Reviewing " + network.getDevices().size() + " devices");
		ReviewReport review = ReviewReport.of(resource.getContents(), asOf.analyzer());
		List<Proposal> proposals = review.proposals();
		Proposal chosen = proposals.isEmpty() ? null
				: proposal.equals("best") ? proposals.get(0)
						: proposals.stream().filter(p -> p.id().equals(proposal)).findFirst().orElseThrow(() -> new ParameterException(
								spec.commandLine(), "--proposal " + SafeText.echo(proposal) + ": no such proposal (offered: "
										+ String.join(", ", proposals.stream().map(Proposal::id).toList()) + ")"));
		String html = review.html(chosen);
		progress.done();
		OutputFile.write(spec.commandLine(), output, html);
		if (!OutputFile.isStandardOutput(output)) {
			spec.commandLine().getOut().println("Wrote " + output);
		}
		return ExitCodes.OK;
	}
}
