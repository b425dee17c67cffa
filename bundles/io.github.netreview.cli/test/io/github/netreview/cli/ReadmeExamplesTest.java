package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line examples, run as a new user would run them from a fresh clone: every input they name is
 * shipped, every output goes to the scratch folder, and each command works (exit 0, or 1 where it finds problems).
 */
class ReadmeExamplesTest {

	private static final Path ROOT = Path.of("../..");

	@Test
	void everyCommandLineExampleRunsOnAFreshCloneAndWritesOnlyIntoScratch(@TempDir Path scratch) throws IOException {
		List<String> commands = commandLineExamples();
		assertTrue(commands.size() >= 15, commands.toString());
		assertEquals("mkdir -p scratch", commands.get(0));
		for (String command : commands.subList(1, commands.size())) {
			if (command.startsWith("NETBOX_TOKEN=")) {
				continue; // the live pull needs a NetBox server: NetboxClientTest runs it against one
			}
			assertTrue(command.startsWith("./netreview "), command);
			String[] args = Arrays.stream(command.substring("./netreview ".length()).trim().split("\\s+"))
					.map(arg -> local(arg, scratch)).toArray(String[]::new);
			for (String arg : args) {
				assertFalse(arg.endsWith(".netreview") && !arg.startsWith(scratch.toString()) && !arg.startsWith("../../examples/"),
						"writes or reads outside examples/ and scratch/: " + command);
			}
			CliRun run = CliRun.of(args);
			assertTrue(run.code() == 0 || run.code() == 1, command + " exited " + run.code() + ": " + run.err());
			assertFalse(run.err().contains("Exception"), command + ": " + run.err());
		}
		for (String written : List.of("campus.netreview", "small.netreview", "hq.sarif", "hq-now.sarif", "hq-laid-out.netreview", "hq.svg", "review.html",
				"office.csv", "office.netreview", "netbox.netreview", "hq-fixed.netreview", "best.proposal.json", "hq-change.txt")) {
			assertTrue(Files.isRegularFile(scratch.resolve(written)), written + " was not written");
		}
	}

	/** The lines of the README's first code block after "## Command line", comments dropped. */
	private static List<String> commandLineExamples() throws IOException {
		List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
		int at = lines.indexOf("## Command line");
		while (!lines.get(at).equals("```sh")) {
			at++;
		}
		List<String> commands = new ArrayList<>();
		for (String line : lines.subList(at + 1, lines.size())) {
			if (line.equals("```")) {
				break;
			}
			int comment = line.indexOf("  #");
			commands.add((comment < 0 ? line : line.substring(0, comment)).trim());
		}
		return commands;
	}

	/** An argument as seen from this test's folder: scratch/ in the temporary folder, examples/ in the repository. */
	private static String local(String arg, Path scratch) {
		if (arg.startsWith("scratch/")) {
			return scratch.resolve(arg.substring("scratch/".length())).toString();
		}
		return arg.startsWith("examples/") ? ROOT.resolve(arg).toString() : arg;
	}
}
