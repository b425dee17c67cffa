package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code netreview diff}: every format and the textconv text byte for byte against the report bundle's golden files,
 * the exit codes (1 for a new finding at --fail-on or a version that cannot be judged, 0 otherwise, 2 for bad input),
 * and the usage it refuses.
 */
class DiffCommandTest {

	private static final Path REPORTS = Path.of("../io.github.netreview.report/test/golden");
	static final String HQ = "../../examples/hq.netreview";
	static final String CHANGED = "../io.github.netreview.report/test/golden/hq-changed.netreview";
	static final String AS_OF = "2026-11-29";

	static Stream<Arguments> runs() {
		return Stream.of(
				Arguments.of("diff-hq.txt", 1, new String[] { "diff", HQ, CHANGED, "--as-of", AS_OF }),
				Arguments.of("diff-hq.json", 1, new String[] { "diff", HQ, CHANGED, "--as-of", AS_OF, "--format", "json" }),
				Arguments.of("diff-hq.sarif", 1, new String[] { "diff", HQ, CHANGED, "--as-of", AS_OF, "--format", "sarif", "--source-root", "../.." }),
				Arguments.of("diff-hq.html", 1, new String[] { "diff", HQ, CHANGED, "--as-of", AS_OF, "--format", "html" }),
				Arguments.of("textconv-hq.txt", 0, new String[] { "diff", "--textconv", HQ, "--as-of", AS_OF }),
				Arguments.of("textconv-hq-changed.txt", 0, new String[] { "diff", "--textconv", CHANGED, "--as-of", AS_OF }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("runs")
	void matchesTheGoldenFile(String golden, int code, String[] args) throws IOException {
		CliRun run = CliRun.of(args);
		assertEquals(code, run.code(), run.err());
		String out = run.out().replace("\"" + Path.of("../..").toRealPath().toUri().toASCIIString() + "\"", "\"file:///SOURCE-ROOT/\""); // as the golden file names the repository
		assertEquals(Files.readString(REPORTS.resolve(golden)), out, golden);
	}

	@Test
	void anUnchangedModelExitsZero() {
		CliRun run = CliRun.of("diff", HQ, HQ, "--as-of", AS_OF);
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("\nverdict: passes at error; nothing changed\n"), run.out());
	}

	@Test
	void aNewWarningFailsOnlyAtFailOnWarning(@TempDir Path dir) throws IOException {
		Path edited = edit(dir, "warning.netreview", "<interfaces id=\"dev-cctv-sw-01.Gi1-0-5\" name=\"Gi1/0/5\" accessVlan=\"40\"/>",
				"<interfaces id=\"dev-cctv-sw-01.Gi1-0-5\" name=\"Gi1/0/5\" accessVlan=\"30\"/>");
		CliRun atError = CliRun.of("diff", HQ, edited.toString(), "--as-of", AS_OF);
		assertEquals(0, atError.code(), atError.err());
		assertTrue(atError.out().contains("\n  NEW WARNING ZONE_VLAN_MISMATCH device 'cam-reception-01' (dev-cam-reception-01)\n"), atError.out());
		CliRun atWarning = CliRun.of("diff", HQ, edited.toString(), "--as-of", AS_OF, "--fail-on", "WARNING");
		assertEquals(1, atWarning.code(), atWarning.err());
		assertTrue(atWarning.out().contains("\nverdict: FAILS at warning\n  1 finding at or above warning new"), atWarning.out());
	}

	@Test
	void versionsWithoutACoreZoneExitOneThoughNothingChanged(@TempDir Path dir) throws IOException {
		String noCore = edit(dir, "no-core.netreview", " kind=\"CORE\" ", " kind=\"USER\" ").toString();
		Files.writeString(Path.of(noCore), Files.readString(Path.of(noCore)).replace(" kind=\"SERVER\" core=\"true\" ", " kind=\"SERVER\" "));
		CliRun run = CliRun.of("diff", noCore, noCore, "--as-of", AS_OF, "--format", "json");
		assertEquals(1, run.code(), run.err());
		assertTrue(run.out().contains("\"baseJudged\": false"), run.out());
		assertTrue(run.out().contains("the new version cannot be fully judged at error: 1 network without a core zone"), run.out());
	}

	@Test
	void aBrokenVersionExitsTwoNamingTheFileAndLine(@TempDir Path dir) throws IOException {
		Path broken = edit(dir, "broken.netreview", "role=\"CAMERA\"", "role=\"TELESCOPE\"");
		for (String[] args : new String[][] { { "diff", broken.toString(), HQ }, { "diff", HQ, broken.toString() } }) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.code(), run.err());
			assertTrue(run.err().startsWith("netreview: " + broken + ":"), run.err());
			assertTrue(run.err().contains("TELESCOPE"), run.err());
			assertEquals("", run.out());
		}
	}

	@Test
	void aVersionThatCannotBeLoadedStillGivesTextconvText(@TempDir Path dir) throws IOException {
		Path broken = edit(dir, "broken.netreview", "role=\"CAMERA\"", "role=\"TELESCOPE\"");
		CliRun run = CliRun.of("diff", "--textconv", broken.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("# netreview: this version cannot be loaded as a model: " + broken + ":"), run.out());
		assertTrue(run.out().contains("role=\"TELESCOPE\""), "then the file as it is, for git to compare");
	}

	@Test
	void usageItRefusesExitsTwo() {
		for (String[] args : new String[][] { { "diff", HQ }, { "diff", HQ, CHANGED, "--base-rev", "HEAD" }, { "diff", HQ, CHANGED, "--format", "pdf" },
				{ "diff", "--textconv", HQ, CHANGED }, { "diff", "--textconv", HQ, "--format", "json" }, { "diff", HQ, CHANGED, "--fail-on", "severe" } }) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.code(), String.join(" ", args));
			assertTrue(run.err().startsWith("netreview: "), run.err());
			assertTrue(run.err().contains("Try 'netreview diff --help'."), run.err());
		}
		assertTrue(CliRun.of("diff", HQ, CHANGED, "--fail-on", "severe").err().contains("--fail-on': must be critical, error, warning or info, not 'severe'"));
	}

	@Test
	void outputGoesToANewFileNeverOverAModel(@TempDir Path dir) throws IOException {
		Path out = dir.resolve("review.html");
		CliRun run = CliRun.of("diff", HQ, CHANGED, "--as-of", AS_OF, "--format", "html", "--output", out.toString());
		assertEquals(1, run.code(), run.err());
		assertEquals(Files.readString(REPORTS.resolve("diff-hq.html")), Files.readString(out));
		assertEquals(2, CliRun.of("diff", HQ, CHANGED, "--output", out.toString()).code(), "an existing file needs --force");
		Path base = Files.copy(Path.of(HQ), dir.resolve("hq.netreview"));
		CliRun ontoBase = CliRun.of("diff", base.toString(), CHANGED, "--output", base.toString(), "--force");
		assertEquals(2, ontoBase.code());
		assertTrue(ontoBase.err().contains("is MODEL itself"), ontoBase.err());
	}

	@Test
	void theCommandIsListed() {
		CliRun run = CliRun.of("--help");
		assertTrue(run.out().contains("\n  diff "), run.out());
		assertFalse(CliRun.of("diff", "--help").out().isBlank());
	}

	private static Path edit(Path dir, String name, String from, String to) throws IOException {
		String xml = Files.readString(Path.of(HQ));
		assertTrue(xml.contains(from), from);
		return Files.writeString(dir.resolve(name), xml.replace(from, to));
	}
}
