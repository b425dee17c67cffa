package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.io.ModelFiles;

class MainTest {

	private static final String OFFICE = "../../examples/regional-office.netreview";

	@TempDir
	Path dir;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void generateWritesAReproducibleCampusThatValidates() throws IOException {
		Path first = dir.resolve("a.netreview");
		Path second = dir.resolve("b.netreview");
		CliRun result = run("generate", "--devices", "500", "--seed", "9", "--output", first.toString());
		assertEquals(0, result.code(), result.err());
		assertTrue(result.out().contains("500 devices"), result.out());
		assertEquals(0, run("generate", "--devices", "500", "--seed", "9", "--output", second.toString()).code());
		assertEquals(Files.readString(first), Files.readString(second));
		assertEquals(500, ModelFiles.loadNetwork(first).getDevices().size());

		CliRun validation = run("validate", first.toString());
		assertEquals(0, validation.code(), validation.out());
		assertTrue(validation.out().endsWith(first + ": 0 errors, 0 warnings\n"), validation.out());
	}

	@Test
	void generateWithDiagramWritesBothRootsTheDiagramLaidOutByDot() throws IOException {
		Path file = dir.resolve("d.netreview");
		CliRun generated = run("generate", "--devices", "40", "--diagram", "--output", file.toString());
		assertEquals(0, generated.code());
		assertTrue(generated.out().contains("laid out with dot"), generated.out());
		assertEquals(2, ModelFiles.load(file).getContents().size());
	}

	@Test
	void generateNeverOverwritesUnlessForced() throws IOException {
		Path file = Files.writeString(dir.resolve("mine.netreview"), "precious");
		CliRun refused = run("generate", "--devices", "20", "--output", file.toString());
		assertEquals(2, refused.code());
		assertTrue(refused.err().contains("exists; use --force"), refused.err());
		assertEquals("precious", Files.readString(file));
		assertEquals(0, run("generate", "--devices", "20", "--output", file.toString(), "--force").code());
	}

	@Test
	void validateReportsStructuralErrorsWithExitCodeOne() throws IOException {
		Path file = dir.resolve("bad.netreview");
		assertEquals(0, run("generate", "--devices", "20", "--output", file.toString()).code());
		Files.writeString(file, Files.readString(file).replaceFirst("vlanId=\"10\"", "vlanId=\"5000\""));
		CliRun result = run("validate", file.toString());
		assertEquals(1, result.code(), result.out());
		assertTrue(result.out().contains("error: segment 'Campus 1 core' (seg-1-core): VLAN id 5000 is outside 1-4094"), result.out());
	}

	@Test
	void validateChecksTheConduits() throws IOException {
		Path hq = Path.of("../../examples/hq.netreview");
		Path file = dir.resolve("conduits.netreview");
		String text = Files.readString(hq);
		Files.writeString(file, text.replace("fromZone=\"zone-mgmt\" toZone=\"zone-core\" securityLevel=\"3\"", "toZone=\"zone-core\" securityLevel=\"7\""));
		CliRun result = run("validate", file.toString());
		assertEquals(1, result.code(), result.out());
		assertTrue(result.out().contains("error: conduit 'Core management' (conduit-mgmt-core) names no zone it comes from (fromZone)"), result.out());
		assertTrue(result.out().contains("error: conduit 'Core management' (conduit-mgmt-core): IEC 62443 target security level 7 is outside 1-4"),
				result.out());
		Path unknown = dir.resolve("unknown-zone.netreview");
		Files.writeString(unknown, text.replace("fromZone=\"zone-mgmt\" toZone=\"zone-core\"", "fromZone=\"zone-mgmt\" toZone=\"zone-nowhere\""));
		CliRun refused = run("validate", unknown.toString());
		assertEquals(2, refused.code(), refused.out());
		assertTrue(refused.err().startsWith("netreview: " + unknown + ":"), refused.err());
		assertTrue(refused.err().contains("zone-nowhere"), refused.err());
	}

	@Test
	void unreadableInputGivesExitCodeTwoAndOneClearLine() throws IOException {
		Path missing = dir.resolve("missing.netreview");
		CliRun result = run("validate", missing.toString());
		assertEquals(2, result.code());
		assertEquals("netreview: " + missing + ": no such file\n", result.err());
		Path broken = Files.writeString(dir.resolve("broken.netreview"), "<network>");
		CliRun malformed = run("validate", broken.toString());
		assertEquals(2, malformed.code());
		assertTrue(malformed.err().startsWith("netreview: " + broken + ":1:"), malformed.err());
		assertFalse(malformed.err().contains("\tat "), "no stack trace");
	}

	@Test
	void badUsageGivesExitCodeTwo() {
		CliRun unknown = run("frobnicate");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("Unmatched argument"), unknown.err());
		assertEquals(2, run("generate", "--devices", "5", "--output", dir.resolve("x.netreview").toString()).code());
		assertEquals(2, run("generate", "--output", dir.resolve("x.netreview").toString()).code());
	}

	@Test
	void helpListsTheCommands() {
		CliRun help = run("--help");
		assertEquals(0, help.code());
		assertTrue(help.out().contains("generate") && help.out().contains("validate"), help.out());
	}

	@Test
	void theHelpCommandListsTheCommandsAndExplainsEach() {
		CliRun help = run("help");
		assertEquals(0, help.code(), help.err());
		assertTrue(help.out().contains("Usage: netreview") && help.out().contains("propose") && help.out().contains("help"), help.out());
		CliRun check = run("help", "check");
		assertEquals(0, check.code(), check.err());
		assertTrue(check.out().startsWith("Usage: netreview check") && check.out().contains("--baseline"), check.out());
		CliRun unknown = run("help", "frobnicate");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("frobnicate"), unknown.err());
	}

	@Test
	void aFailedWriteToStandardOutputExitsTwoWithAMessage() {
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		StringWriter err = new StringWriter();
		int code = Main.run(new String[] { "export", OFFICE, "--format", "csv" }, new PrintWriter(full, true), new PrintWriter(err, true));
		assertEquals(2, code, "not 0: the CSV was lost");
		assertTrue(err.toString().startsWith("netreview: cannot write to standard output"), err.toString());
		int check = Main.run(new String[] { "check", OFFICE }, new PrintWriter(full, true), new PrintWriter(new StringWriter(), true));
		assertEquals(2, check, "not 1: the findings were lost");
	}

	@Test
	void exportToDevFullExitsTwo() throws Exception {
		assumeTrue(Files.exists(Path.of("/dev/full")), "a /dev/full to write to");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "export", OFFICE,
				"--format", "csv").redirectOutput(new File("/dev/full")).redirectError(ProcessBuilder.Redirect.PIPE).start();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(2, process.waitFor(), err);
		assertTrue(err.contains("netreview: cannot write to standard output"), err);
	}
}
