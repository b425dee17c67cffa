package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

/** A failed command is told in words: file errors name the file and what is wrong, bugs say so without Java's text. */
class FailuresTest {

	@Test
	void fileErrorsNameTheFile() {
		assertEquals("out/x.html: no such file or directory", Failures.describe(new NoSuchFileException("out/x.html")));
		assertEquals("x.html: permission denied", Failures.describe(new AccessDeniedException("x.html")));
		assertEquals("x.html: No space left on device", Failures.describe(new FileSystemException("x.html", null, "No space left on device")));
		assertEquals("cannot read or write: Broken pipe", Failures.describe(new IOException("Broken pipe")));
	}

	@Test
	void aBugIsReportedAsOneWithoutJavasText() {
		String described = Failures.describe(new NullPointerException("Cannot invoke \"String.replace(...)\" because \"text\" is null"));
		assertTrue(described.startsWith("internal error (NullPointerException at FailuresTest.aBugIsReportedAsOneWithoutJavasText)"), described);
		assertTrue(!described.contains("Cannot invoke"), described);
	}

	@Test
	void otherFailuresKeepTheirMessage() {
		assertEquals("hq.netreview: not a .netreview model", Failures.describe(new ModelArgument.Unreadable("hq.netreview: not a .netreview model")));
	}

	@Test
	void aMissingOutputDirectoryIsNamed() {
		CliRun run = CliRun.of("export", "../../examples/regional-office.netreview", "--format", "csv", "--output", "/nonexistent-dir/x.csv");
		assertEquals(2, run.code());
		assertEquals("netreview: /nonexistent-dir/x.csv: no such directory /nonexistent-dir (create it first)\n", run.err());
	}
}
