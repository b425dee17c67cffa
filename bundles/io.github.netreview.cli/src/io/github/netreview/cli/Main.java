package io.github.netreview.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** {@code ./netreview COMMAND ...}: the headless command line. Exit codes: 0 fine, 1 problems found, 2 bad usage or input. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs one command line and returns its exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new NetReviewCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			ErrorLine.print(line.getErr(), Failures.describe(exception));
			return ExitCodes.INPUT_ERROR;
		});
		commandLine.setParameterExceptionHandler((exception, parsed) -> {
			CommandLine failed = exception.getCommandLine();
			ErrorLine.print(failed.getErr(), exception.getMessage());
			failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
			return ExitCodes.INPUT_ERROR;
		});
		return commandLine.execute(args);
	}
}
