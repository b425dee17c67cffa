package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a few hundred seeded mutants of the example models: each loads or is refused by one line naming the file, never
 * with another exception, a hang, a connection or the opening of a file the mutant names.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ModelFilesFuzzTest {

	private static final Path EXAMPLES = Path.of("../../examples");
	private static final int MUTANTS_PER_KIND_AND_EXAMPLE = 16;
	private static final Pattern LIBRARY_WORDS = Pattern
			.compile("(\\b(java|javax|org|com|sun|jdk)\\.[a-z]+\\.|Impl\\b|@[0-9a-f]{6,}|Exception|JAXP|FEATURE_SECURE|apache)");

	@TempDir
	Path dir;

	private final Map<String, Integer> outcomes = new TreeMap<>();

	@Test
	void everyMutantLoadsOrIsRefusedByOneLineNamingTheFile() throws Exception {
		try (SilentServer server = new SilentServer(); Fifo fifo = new Fifo(dir.resolve("named.fifo"))) {
			Mutants mutants = new Mutants(server.url(""), URI.createFileURI(fifo.path().toString()).toString());
			Random random = new Random(20261124);
			long start = System.nanoTime();
			int count = 0;
			for (String example : List.of("hq.netreview", "regional-office.netreview")) {
				String xml = Files.readString(EXAMPLES.resolve(example));
				for (Mutants.Kind kind : mutants.kinds()) {
					for (int i = 0; i < MUTANTS_PER_KIND_AND_EXAMPLE; i++, count++) {
						Path file = Files.write(dir.resolve("mutant-" + count + ".netreview"), kind.mutate().apply(xml, random));
						outcomes.merge(load(file, kind.name()), 1, Integer::sum);
						Files.delete(file);
					}
				}
			}
			System.out.println("fuzz: " + count + " mutants in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + outcomes);
			assertEquals(0, server.connections(), "no mutant made loading connect anywhere");
			assertFalse(fifo.wasOpened(), "no mutant made loading open a file it names");
			assertTrue(outcomes.getOrDefault("loaded", 0) > 0 && outcomes.size() > 8, outcomes.toString());
		}
	}

	/** Loads one mutant and says how it went: "loaded" or the kind of refusal. */
	private String load(Path file, String mutation) {
		return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			try {
				ModelFiles.load(file);
				return "loaded";
			} catch (ModelLoadException refusal) {
				checkMessage(file, mutation, refusal);
				return kindOf(refusal.problem());
			} catch (Throwable other) {
				return fail("a " + mutation + " mutant " + file.getFileName() + " threw " + other, other);
			}
		}, () -> "a " + mutation + " mutant " + file.getFileName() + " hung");
	}

	private static void checkMessage(Path file, String mutation, ModelLoadException refusal) {
		String message = refusal.getMessage();
		String context = mutation + " mutant: " + message;
		assertTrue(message.startsWith(file + ": ") || message.startsWith(file + ":" + refusal.line() + ":"), context);
		assertFalse(message.contains("\n") || message.contains("\r"), context);
		assertTrue(message.length() < 600, context);
		String ownWords = refusal.problem().replaceAll("'[^']*'", "''"); // what is quoted comes from the file
		assertFalse(LIBRARY_WORDS.matcher(ownWords).find(), context);
	}

	private static String kindOf(String problem) {
		String[][] kinds = { { "not a well-formed", "malformed XML" }, { "DOCTYPE", "DOCTYPE" }, { "namespace", "namespace" },
				{ "unknown element type", "unknown element or attribute" }, { "unknown attribute", "unknown element or attribute" },
				{ "invalid value", "invalid value" }, { "names no element", "dangling reference" },
				{ ", not a", "wrong-type reference" }, { "nested more than", "nesting" }, { "text '", "text in an element" },
				{ "second one", "second network" }, { "not UTF-8", "encoding" }, { "encoding", "encoding" },
				{ "than a model file", "parser limit" }, { "where a network was expected", "no network" }, { "empty", "empty" } };
		for (String[] kind : kinds) {
			if (problem.contains(kind[0])) {
				return "refused: " + kind[1];
			}
		}
		return "refused: other (" + problem.substring(0, Math.min(60, problem.length())) + ")";
	}
}
