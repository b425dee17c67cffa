package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output of check, propose and report: every format to a file, {@code -} as standard output, a missing folder named. */
class OutputOptionsTest {

	private static final String HQ = "../../examples/hq.netreview";
	private static final String OFFICE = "../../examples/regional-office.netreview";

	@TempDir
	Path dir;

	@Test
	void aDashIsStandardOutputNotAFileNamedDash() {
		CliRun check = CliRun.of("check", HQ, "--format", "json", "--output", "-");
		assertEquals(1, check.code(), check.err());
		assertTrue(check.out().startsWith("{\n  \"format\": \"netreview-findings/1\",\n"), check.out());
		CliRun propose = CliRun.of("propose", OFFICE, "--format", "json", "--output", "-");
		assertEquals(0, propose.code(), propose.err());
		assertTrue(propose.out().startsWith("{\n  \"format\": \"netreview-proposals/1\",\n"), propose.out());
		CliRun report = CliRun.of("report", HQ, "--output", "-");
		assertEquals(0, report.code(), report.err());
		assertTrue(report.out().startsWith("<!DOCTYPE html>"), report.out().substring(0, 40));
		assertFalse(report.out().contains("Wrote -"), "nothing but the page on standard output");
		CliRun request = CliRun.of("propose", OFFICE, "--format", "change-request", "--output", "-");
		assertEquals(0, request.code(), request.err());
		assertFalse(request.out().contains("Wrote the change request"), request.out());
		assertFalse(Files.exists(Path.of("-")), "no file named -");
	}

	@Test
	void aFileOnlyOutputRefusesTheDash() {
		CliRun apply = CliRun.of("propose", OFFICE, "--apply", "best", "--output", "-");
		assertEquals(2, apply.code());
		assertTrue(apply.err().startsWith("netreview: --output - is standard output, but this writes the changed network to a file: name the file\n"),
				apply.err());
		CliRun generate = CliRun.of("generate", "--devices", "20", "--output", "-");
		assertEquals(2, generate.code());
		assertTrue(generate.err().startsWith("netreview: --output - is standard output, but this writes a model to a file"), generate.err());
		CliRun save = CliRun.of("propose", OFFICE, "--save", "-");
		assertEquals(2, save.code());
		assertTrue(save.err().startsWith("netreview: --save - is standard output, but the proposal is saved to a file: name the file\n"), save.err());
		CliRun png = CliRun.of("export", HQ, "--format", "png", "--output", "-");
		assertEquals(2, png.code());
		assertTrue(png.err().startsWith("netreview: --format png needs --output FILE (it is not text)"), png.err());
		assertFalse(Files.exists(Path.of("-")), "no file named -");
	}

	@Test
	void everyFormatOfProposeGoesToOutput() throws IOException {
		for (String format : List.of("text", "json", "html", "sarif")) {
			Path file = dir.resolve("office." + format);
			CliRun run = CliRun.of("propose", OFFICE, "--format", format, "--output", file.toString());
			assertEquals(0, run.code(), format + ": " + run.err());
			assertEquals("", run.out(), format + " goes to the file only");
			assertTrue(Files.size(file) > 1000, format);
		}
		assertTrue(Files.readString(dir.resolve("office.text")).startsWith(OFFICE + ": "), "the text as printed");
		CliRun again = CliRun.of("propose", OFFICE, "--format", "json", "--output", dir.resolve("office.json").toString());
		assertEquals(2, again.code());
		assertTrue(again.err().contains("exists; use --force"), again.err());
	}

	@Test
	void aMissingFolderIsNamedBeforeAnyWork() {
		Path missing = dir.resolve("no/such");
		for (String[] args : List.of(new String[] { "check", HQ, "--format", "sarif", "--output", missing.resolve("hq.sarif").toString() },
				new String[] { "propose", HQ, "--format", "sarif", "--output", missing.resolve("hq.sarif").toString() },
				new String[] { "propose", HQ, "--save", missing.resolve("best.proposal.json").toString() },
				new String[] { "propose", HQ, "--apply", "best", "--output", missing.resolve("hq.netreview").toString() },
				new String[] { "report", HQ, "--output", missing.resolve("review.html").toString() },
				new String[] { "layout", HQ, "--output", missing.resolve("hq.netreview").toString() })) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.code(), String.join(" ", args));
			String output = args[args.length - 1];
			assertEquals("netreview: " + output + ": no such directory " + missing + " (create it first)\n", run.err(), String.join(" ", args));
			assertEquals("", run.out(), "stopped before any work: " + String.join(" ", args));
		}
		assertFalse(Files.exists(dir.resolve("no")));
	}
}
