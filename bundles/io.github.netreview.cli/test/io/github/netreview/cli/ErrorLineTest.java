package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Messages on stderr: one line each, values echoed cut short, nothing in them hidden or forging a line. */
class ErrorLineTest {

	private static final String HQ = "../../examples/hq.netreview";

	@Test
	void aMessageIsOneVisibleLineOfBoundedLength() {
		StringWriter err = new StringWriter();
		ErrorLine.print(new PrintWriter(err), "bad value 'x\nCRITICAL forged\u202E' " + "y".repeat(10_000_000));
		String printed = err.toString();
		assertEquals(1, printed.lines().count(), printed.substring(0, 200));
		assertTrue(printed.startsWith("netreview: bad value 'x\\nCRITICAL forged<U+202E>' yyy"), printed.substring(0, 200));
		assertTrue(printed.length() < 2 * ErrorLine.LONGEST, "cut: " + printed.length());
	}

	@Test
	void aHugeBadOptionValueIsEchoedCut() {
		CliRun run = CliRun.of("check", HQ, "--format", "z".repeat(10_000_000));
		assertEquals(2, run.code());
		String first = run.err().lines().findFirst().orElseThrow();
		assertTrue(first.length() < 200, "the value is cut to ~80 characters: " + first.length());
		assertTrue(first.endsWith("not '" + "z".repeat(80) + "...'"), first);
	}

	@Test
	void aNewlineInAnOptionValueCannotForgeALine() {
		CliRun run = CliRun.of("check", HQ, "--fail-on", "x\nCRITICAL RESTRICTED_PATH_TO_CORE forged\u001B[31m");
		assertEquals(2, run.code());
		assertTrue(run.err().startsWith("netreview: --fail-on must be critical, error, warning or info, not "
				+ "'x\\nCRITICAL RESTRICTED_PATH_TO_CORE forged\\u001B[31m'\n"), run.err());
		assertFalse(run.err().lines().anyMatch(line -> line.startsWith("CRITICAL")), run.err());
	}
}
