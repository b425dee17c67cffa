package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.io.ModelFiles;

class MainTest {

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
	void generateWithDiagramWritesBothRoots() throws IOException {
		Path file = dir.resolve("d.netreview");
		assertEquals(0, run("generate", "--devices", "40", "--diagram", "--output", file.toString()).code());
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
}
