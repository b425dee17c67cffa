package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.netreview.model.io.ModelFiles;

/**
 * Every command and format on a model file whose elements have no name, or a name with a newline, bidi controls and
 * markup: the model passes validate, and no command fails (on main, report, check --format html, export --format svg
 * and propose --format html stopped with a NullPointerException's text for an unnamed device).
 */
class OddNamesCommandTest {

	private static final String AS_OF = "2026-11-29";

	static Stream<Arguments> models() {
		return Stream.of(Arguments.of("no name", null), Arguments.of("newline, bidi and markup", OddNames.NEWLINE + OddNames.BIDI + OddNames.MARKUP));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void everyCommandAndFormatRuns(String label, String name, @TempDir Path dir) throws Exception {
		Path model = dir.resolve("odd.netreview");
		Resource resource = OddNames.hqNamed(name);
		ModelFiles.save(resource, model);
		assertEquals(0, CliRun.of("validate", model.toString()).code(), "the model is valid");
		List<List<String>> commands = List.of(List.of("check"), List.of("check", "--format", "json"), List.of("check", "--format", "sarif"),
				List.of("check", "--format", "html"), List.of("propose"), List.of("propose", "--format", "json"),
				List.of("propose", "--format", "html"), List.of("propose", "--format", "sarif"), List.of("propose", "--format", "change-request"),
				List.of("propose", "--format", "change-request-md"), List.of("propose", "--format", "change-request-html"),
				List.of("export", "--format", "svg"),
				List.of("export", "--format", "dot"), List.of("export", "--format", "csv"));
		for (List<String> command : commands) {
			String[] args = Stream.concat(Stream.of(command.get(0), model.toString()), command.stream().skip(1)).toArray(String[]::new);
			CliRun run = CliRun.of(command.get(0).equals("export") ? args : with(args, "--as-of", AS_OF));
			assertTrue(run.code() <= 1, command + " failed: " + run.err());
			assertFalse(run.out().isEmpty(), command + " printed its result");
		}
		Path report = dir.resolve("review.html");
		CliRun run = CliRun.of("report", model.toString(), "--as-of", AS_OF, "--output", report.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(Files.readString(report).contains(name == null ? "device (dev-cam-lobby-02)" : "&lt;script&gt;"));
		Path png = dir.resolve("hq.png");
		assertEquals(0, CliRun.of("export", model.toString(), "--format", "png", "--output", png.toString()).code());
	}

	private static String[] with(String[] args, String... more) {
		String[] all = Arrays.copyOf(args, args.length + more.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return all;
	}
}
