package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;

class BackupTest {

	@TempDir
	Path dir;

	@Test
	void theBackupIsThePreviousFileItselfNotACopy() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview"));
		Object previous = fileKey(file);
		assertNotNull(previous, "this file system tells files apart");
		ModelFiles.save(ModelFiles.load(file), file);
		assertEquals(previous, fileKey(ModelFiles.backupOf(file)), "FILE.bak is a hard link to the previous file");
	}

	@Test
	void withoutHardLinksTheBackupIsAWholeCopyRenamedIntoPlace() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview")).toAbsolutePath();
		byte[] previous = Files.readAllBytes(file);
		Backup.keep(file, (link, existing) -> {
			throw new UnsupportedOperationException("no hard links here");
		});
		assertArrayEquals(previous, Files.readAllBytes(Backup.of(file)));
		Files.writeString(file, "newer");
		Backup.keep(file, (link, existing) -> {
			throw new FileSystemException(link.toString(), existing.toString(), "Operation not permitted");
		});
		assertEquals("newer", Files.readString(Backup.of(file)));
		assertEquals(List.of("net.netreview", "net.netreview.bak"), listing());
	}

	private static Object fileKey(Path file) throws IOException {
		return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
	}

	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
