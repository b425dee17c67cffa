package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replaced file holds the new content whole, and nothing is left beside it. */
class ReplacedFileTest {

	@TempDir
	Path dir;

	@Test
	void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
		Path file = Files.writeString(dir.resolve("hq.svg"), "old");
		ReplacedFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void aFolderThatIsNotThereFailsAndWritesNothing() {
		assertThrows(IOException.class, () -> ReplacedFile.write(dir.resolve("missing/hq.svg"), new byte[] { 1 }));
		assertEquals(false, Files.exists(dir.resolve("missing")));
	}
}
