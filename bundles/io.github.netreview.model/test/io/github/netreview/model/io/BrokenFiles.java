package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.netreview.model.TestModels;

/** Writes model files that must be refused and checks how: fast, by one line that names the file, leaving it untouched. */
final class BrokenFiles {

	private BrokenFiles() {
	}

	/** The text of the small test model with its diagram, as saved. */
	static String smallXml(Path dir) throws IOException {
		Path file = dir.resolve("reference.netreview.txt");
		if (!Files.exists(file)) {
			TestModels.writeSmall(dir.resolve("reference.netreview"));
			Files.move(dir.resolve("reference.netreview"), file);
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	static ModelLoadException refused(Path dir, String name, String content) throws IOException {
		return refused(Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8)));
	}

	/** Loads {@code file}, expecting a refusal within seconds that names it on one line and changes nothing on disk. */
	static ModelLoadException refused(Path file) throws IOException {
		byte[] before = Files.readAllBytes(file);
		List<Path> listingBefore = listing(file.getParent());
		ModelLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(file)));
		assertTrue(error.getMessage().startsWith(file.toString() + ":"), error.getMessage());
		assertFalse(error.getMessage().contains("\n") || error.getMessage().contains("\r"), "one line: " + error.getMessage());
		assertEquals(file, error.file());
		assertArrayEquals(before, Files.readAllBytes(file), "loading must not change the file");
		assertEquals(listingBefore, listing(file.getParent()), "loading must not create files");
		return error;
	}

	static int lineOf(String xml, String fragment) {
		int index = xml.indexOf(fragment);
		assertTrue(index >= 0, fragment);
		return xml.substring(0, index).split("\n", -1).length;
	}

	private static List<Path> listing(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
