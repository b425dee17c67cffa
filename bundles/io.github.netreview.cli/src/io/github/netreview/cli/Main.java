package io.github.netreview.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

import picocli.CommandLine;

/** {@code ./netreview COMMAND ...}: the headless command line. Exit codes: 0 fine, 1 problems found, 2 bad usage or input. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		// straight to the file descriptor: System.out would swallow a failed write (a full disk, a closed pipe)
		PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), System.out.charset()), true);
		System.exit(run(args, out, new PrintWriter(System.err, true)));
	}

	/** Runs one command line and returns its exit code; 2 when what it printed could not all be written. */
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
		int code = commandLine.execute(args);
		if (out.checkError()) {
			ErrorLine.print(err, "cannot write to standard output (the disk may be full or the reader gone); the output is incomplete");
			return ExitCodes.INPUT_ERROR;
		}
		return code;
	}
}
