package io.github.netreview.ide.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of each check, written as a JUnit XML report (the format of Surefire's TEST-*.xml) so that CI counts
 * these checks with every other test.
 */
final class CheckReport {

	/** Something a check may throw: its message is the failure's. */
	@FunctionalInterface
	interface Check {
		void run() throws Exception;
	}

	private record Outcome(String name, long millis, Throwable failure) {
	}

	private final String suite;
	private final List<Outcome> outcomes = new ArrayList<>();
	private final StringBuilder out = new StringBuilder();

	CheckReport(String suite) {
		this.suite = suite;
	}

	/** Runs {@code check} under {@code name}; a failure is recorded, never thrown. Returns whether it passed. */
	boolean check(String name, Check check) {
		long start = System.nanoTime();
		Throwable failure = null;
		try {
			check.run();
		} catch (Throwable t) {
			failure = t;
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		record(new Outcome(name, millis, failure));
		note((failure == null ? "PASS " : "FAIL ") + name + " (" + millis + " ms)" + (failure == null ? "" : ": " + failure.getMessage()));
		return failure == null;
	}

	void fail(String name, Throwable failure) {
		record(new Outcome(name, 0, failure));
		note("FAIL " + name + ": " + failure);
	}

	/** A line for the report's system-out and the build log. */
	synchronized void note(String line) {
		out.append(line).append('\n');
		System.out.println("[netreview-ide-check] " + line);
	}

	synchronized boolean passed() {
		return !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.failure() == null);
	}

	synchronized String summary() {
		long failed = outcomes.stream().filter(o -> o.failure() != null).count();
		return "[netreview-ide-check] " + outcomes.size() + " checks, " + failed + " failed";
	}

	private synchronized void record(Outcome outcome) {
		outcomes.add(outcome);
	}

	synchronized void write(Path file) throws IOException {
		long failures = outcomes.stream().filter(o -> o.failure() != null).count();
		double seconds = outcomes.stream().mapToLong(Outcome::millis).sum() / 1000.0;
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(outcomes.size())
				.append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"").append(seconds)
				.append("\" timestamp=\"").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\" hostname=\"")
				.append(escape(hostname())).append("\">\n");
		for (Outcome outcome : outcomes) {
			xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"").append(escape(outcome.name()))
					.append("\" time=\"").append(outcome.millis() / 1000.0).append('"');
			if (outcome.failure() == null) {
				xml.append("/>\n");
			} else {
				StringWriter trace = new StringWriter();
				outcome.failure().printStackTrace(new PrintWriter(trace));
				xml.append(">\n    <failure message=\"").append(escape(String.valueOf(outcome.failure().getMessage())))
						.append("\" type=\"").append(escape(outcome.failure().getClass().getName())).append("\">")
						.append(escape(trace.toString())).append("</failure>\n  </testcase>\n");
			}
		}
		xml.append("  <system-out>").append(escape(out.toString())).append("</system-out>\n</testsuite>\n");
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, xml, StandardCharsets.UTF_8);
	}

	private static String hostname() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			default -> {
				if (c == '\n' || c == '\t' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
					escaped.appendCodePoint(c);
				}
			}
			}
		});
		return escaped.toString();
	}
}
