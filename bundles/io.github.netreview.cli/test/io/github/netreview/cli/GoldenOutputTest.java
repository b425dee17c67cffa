package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subcommand and format on the example networks, byte for byte against test/golden (as of a fixed date, so
 * waivers judge the same way every day); the checks, proposals and reports against the report bundle's golden files,
 * which its writers are held to there (SARIF with the repository as source root, as there). Rewrite the files after an intended change with
 * {@code -Dnetreview.updateGolden=true} and read the diff.
 */
class GoldenOutputTest {

	private static final Path GOLDEN = Path.of("test/golden");
	private static final Path REPORTS = Path.of("../io.github.netreview.report/test/golden");
	private static final String HQ = "../../examples/hq.netreview";
	private static final String OFFICE = "../../examples/regional-office.netreview";
	private static final String AS_OF = "2026-11-29";
	/** The repository, the source root of the SARIF logs; the golden files give its file URI as {@value #SOURCE_ROOT}. */
	private static final String ROOT = "../..";
	private static final String SOURCE_ROOT = "file:///SOURCE-ROOT/";

	static Stream<Arguments> runs() {
		return Stream.of(
				Arguments.of(REPORTS.resolve("check-hq.txt"), 1, new String[] { "check", HQ, "--as-of", AS_OF }),
				Arguments.of(REPORTS.resolve("check-hq.json"), 1, new String[] { "check", HQ, "--as-of", AS_OF, "--format", "json" }),
				Arguments.of(REPORTS.resolve("check-hq.sarif"), 1, new String[] { "check", HQ, "--as-of", AS_OF, "--format", "sarif", "--source-root", ROOT }),
				Arguments.of(REPORTS.resolve("check-hq.html"), 1, new String[] { "check", HQ, "--as-of", AS_OF, "--format", "html" }),
				Arguments.of(REPORTS.resolve("check-office.txt"), 1, new String[] { "check", OFFICE, "--as-of", AS_OF }),
				Arguments.of(REPORTS.resolve("propose-hq.txt"), 0, new String[] { "propose", HQ, "--as-of", AS_OF }),
				Arguments.of(REPORTS.resolve("propose-hq.sarif"), 0, new String[] { "propose", HQ, "--as-of", AS_OF, "--format", "sarif", "--source-root",
						ROOT }),
				Arguments.of(REPORTS.resolve("propose-office.html"), 0, new String[] { "propose", OFFICE, "--as-of", AS_OF, "--format", "html" }),
				Arguments.of(REPORTS.resolve("propose-office.json"), 0, new String[] { "propose", OFFICE, "--as-of", AS_OF, "--format", "json" }),
				Arguments.of(GOLDEN.resolve("export-hq.dot"), 0, new String[] { "export", HQ, "--format", "dot" }),
				Arguments.of(GOLDEN.resolve("export-hq.svg"), 0, new String[] { "export", HQ, "--format", "svg", "--as-of", AS_OF }),
				Arguments.of(GOLDEN.resolve("export-office.csv"), 0, new String[] { "export", OFFICE, "--format", "csv" }),
				Arguments.of(GOLDEN.resolve("validate-hq.txt"), 0, new String[] { "validate", HQ }),
				changeRequest("change-request-hq.txt", HQ, "change-request", "best"),
				changeRequest("change-request-hq.md", HQ, "change-request-md", "best"),
				changeRequest("change-request-hq.html", HQ, "change-request-html", "best"),
				changeRequest("change-request-office.txt", OFFICE, "change-request", "best"),
				changeRequest("change-request-office.md", OFFICE, "change-request-md", "best"),
				changeRequest("change-request-office.html", OFFICE, "change-request-html", "best"),
				changeRequest("change-request-hq-deny-rule.txt", HQ, "change-request", "deny-rule"),
				changeRequest("change-request-hq-minimum-cut.txt", HQ, "change-request", "minimum-cut"),
				changeRequest("change-request-hq-insert-firewall.txt", HQ, "change-request", "insert-firewall"),
				changeRequest("change-request-hq-replace.txt", HQ, "change-request", "replace"),
				changeRequest("change-request-office-deny-rule.txt", OFFICE, "change-request", "deny-rule"),
				changeRequest("change-request-office-insert-firewall.txt", OFFICE, "change-request", "insert-firewall"),
				changeRequest("change-request-office-replace.txt", OFFICE, "change-request", "replace"),
				changeRequest("change-request-office-isolate.txt", OFFICE, "change-request", "isolate"));
	}

	private static Arguments changeRequest(String golden, String model, String format, String proposal) {
		return Arguments.of(GOLDEN.resolve(golden), 0, new String[] { "propose", model, "--as-of", AS_OF, "--format", format, "--proposal", proposal });
	}

	/** Commands that write a file: {@code OUT} in the arguments stands for it. */
	static Stream<Arguments> files() {
		return Stream.of(
				Arguments.of(REPORTS.resolve("report-hq.html"), new String[] { "report", HQ, "--as-of", AS_OF, "--output", "OUT" }),
				Arguments.of(GOLDEN.resolve("layout-office.netreview"), new String[] { "layout", OFFICE, "--output", "OUT" }),
				Arguments.of(GOLDEN.resolve("import-csv-office.netreview"), new String[] { "import", "csv", "test/golden/export-office.csv", "--output", "OUT" }),
				Arguments.of(GOLDEN.resolve("import-netbox.netreview"), new String[] { "import", "netbox", "../../examples/netbox-campus", "--output", "OUT" }),
				Arguments.of(GOLDEN.resolve("generate-20.netreview"), new String[] { "generate", "--devices", "20", "--seed", "3", "--diagram", "--output", "OUT" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void writesTheGoldenFile(Path file, String[] args, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		Path out = dir.resolve(file.getFileName());
		String[] resolved = Arrays.stream(args).map(a -> a.equals("OUT") ? out.toString() : a).toArray(String[]::new);
		CliRun run = CliRun.of(resolved);
		assertEquals(0, run.code(), run.err());
		if (Boolean.getBoolean("netreview.updateGolden")) {
			Files.copy(out, file, StandardCopyOption.REPLACE_EXISTING);
		}
		assertTrue(Files.exists(file), file + " is missing: run the build with -Dnetreview.updateGolden=true and review it");
		assertEquals(Files.readString(file), Files.readString(out), file.toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("runs")
	void matchesTheGoldenFile(Path file, int code, String[] args) throws IOException {
		CliRun run = CliRun.of(args);
		assertEquals(code, run.code(), run.err());
		String out = run.out().replace("\"" + Path.of(ROOT).toRealPath().toUri().toASCIIString() + "\"", "\"" + SOURCE_ROOT + "\"");
		if (Boolean.getBoolean("netreview.updateGolden")) {
			Files.writeString(file, out);
		}
		assertTrue(Files.exists(file), file + " is missing: run the build with -Dnetreview.updateGolden=true and review it");
		assertEquals(Files.readString(file), out, file.toString());
	}
}
