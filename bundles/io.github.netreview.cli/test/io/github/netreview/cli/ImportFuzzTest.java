package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.cli.netbox.NetboxFixture;
import io.github.netreview.model.io.ModelFiles;

/**
 * import csv and import netbox on seeded mutants of real files (cut short, odd bytes, byte order marks, quotes, huge
 * fields, injection strings, blank lines, odd JSON values): each run ends with 0 and a model that loads, or with 2 and
 * one-line errors naming the file, never a stack trace or a library's class name, and never a partial output file.
 * Each test stops after its number of mutants or its time, whichever comes first, and prints its counts.
 */
class ImportFuzzTest {

	/** Fixed, so a failure repeats; -Dnetreview.fuzzSeed=N explores other mutants. */
	private static final long SEED = Long.getLong("netreview.fuzzSeed", 20261201L);
	private static final Pattern NOT_OUR_WORDS = Pattern.compile("Exception|\\tat |org\\.apache|com\\.google|gson|picocli|java\\.|"
			+ "Cannot invoke|CSVRecord|JsonNull|JsonPrimitive|Strictness");

	@TempDir
	Path dir;

	@Test
	void csvMutantsAreImportedOrRefusedCleanly() throws IOException {
		byte[] original = Files.readAllBytes(Path.of("test/golden/export-office.csv"));
		Random random = new Random(SEED);
		Counts counts = new Counts("import csv", 400, 7_000);
		while (counts.more()) {
			Path csv = Files.write(dir.resolve("mutant-" + counts.mutants + ".csv"), Mutants.csv(original, random));
			Path model = dir.resolve("mutant-" + counts.mutants + ".netreview");
			counts.add(judge(CliRun.of("import", "csv", csv.toString(), "--output", model.toString()), csv, model,
					Pattern.compile(Pattern.quote(csv.toString()) + ":(\\d+:)? ")));
			Files.delete(csv);
		}
		counts.report();
	}

	@Test
	void netboxMutantsAreImportedOrRefusedCleanly() throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(NetboxFixture.CAMPUS)) {
			files = listed.sorted().toList();
		}
		Random random = new Random(SEED);
		Counts counts = new Counts("import netbox", 40, 4_000);
		while (counts.more()) {
			Path export = Files.createDirectory(dir.resolve("export-" + counts.mutants));
			for (Path file : files) {
				Files.copy(file, export.resolve(file.getFileName()));
			}
			Path victim = export.resolve(files.get(random.nextInt(files.size())).getFileName());
			Files.write(victim, Mutants.json(Files.readString(victim, StandardCharsets.UTF_8), random));
			Path model = dir.resolve("export-" + counts.mutants + ".netreview");
			counts.add(judge(CliRun.of("import", "netbox", export.toString(), "--output", model.toString()), export, model,
					Pattern.compile("\\w+\\.json|(dcim|ipam)/[a-z-]+|the imported network")));
		}
		counts.report();
	}

	/** Checks one run, whose last error line must say {@code where}, and tells whether it imported. */
	private boolean judge(CliRun run, Path input, Path model, Pattern where) throws IOException {
		String context = input.getFileName() + " exited " + run.code() + ": " + run.err().substring(0, Math.min(run.err().length(), 500));
		assertTrue(run.code() == 0 || run.code() == 2, context);
		assertFalse(NOT_OUR_WORDS.matcher(run.err()).find(), context);
		for (String line : run.err().lines().toList()) {
			assertTrue(line.startsWith("netreview: ") || line.startsWith("netbox: "), "one line per message: " + context);
		}
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary file is left behind");
		}
		if (run.code() == 2) {
			assertFalse(Files.exists(model), "nothing written when refused: " + context);
			List<String> errors = run.err().lines().filter(line -> !line.startsWith("netreview: nothing written")).toList();
			assertTrue(where.matcher(errors.get(errors.size() - 1)).find(), "the error says where: " + context);
			return false;
		}
		ModelFiles.load(model); // a model that cannot be read again would be a partial output
		Files.delete(model);
		return true;
	}

	/** How many mutants ran, were imported and refused, within a number and a time. */
	private static final class Counts {
		private final String command;
		private final int most;
		private final long deadline;
		int mutants;
		int imported;

		Counts(String command, int most, long millis) {
			this.command = command;
			this.most = most;
			this.deadline = System.nanoTime() + millis * 1_000_000;
		}

		boolean more() {
			return mutants < most && System.nanoTime() < deadline;
		}

		void add(boolean wasImported) {
			mutants++;
			imported += wasImported ? 1 : 0;
		}

		void report() {
			System.out.printf("%s fuzz (seed %d): %d mutants, %d imported, %d refused%n", command, SEED, mutants, imported, mutants - imported);
			assertTrue(mutants >= 10, "enough mutants ran: " + mutants);
		}
	}
}
