package io.github.netreview.cli;

import io.github.netreview.report.findings.FindingsSarif;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code netreview} command; it only groups the subcommands. */
@Command(name = "netreview", mixinStandardHelpOptions = true, version = "NetReview " + FindingsSarif.VERSION,
		description = "Review network topology for restricted surveillance equipment.%n"
				+ "Run ./netreview FILE (no command) to open FILE in the NetReview application.%n"
				+ "Run ./netreview help COMMAND for what a command does and its options.",
		subcommands = { CheckCommand.class, ProposeCommand.class, ReportCommand.class, LayoutCommand.class, ExportCommand.class, ImportCommand.class,
				CatalogCommand.class,
				DiffCommand.class,
				GenerateCommand.class,
				ValidateCommand.class,
				HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:problems found", "2:bad usage or unreadable input" })
final class NetReviewCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
