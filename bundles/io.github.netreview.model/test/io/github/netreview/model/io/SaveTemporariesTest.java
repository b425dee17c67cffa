package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;

@Timeout(60)
class SaveTemporariesTest {

	@TempDir
	Path dir;

	@Test
	void loadingRemovesWhatDeadSavesLeftAndKeepsWhatALiveSaveWrites() throws Exception {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview"));
		Process live = new ProcessBuilder("sleep", "60").start();
		try {
			Path ofLiveSave = temporary("net.netreview", live.pid() + "-7");
			Path ofDeadSave = temporary("net.netreview", deadPid() + "-8");
			Path ofOtherModel = temporary("other.netreview", deadPid() + "-9");
			Path ofOlderVersion = temporary("net.netreview", "12345678901234567");
			Files.setLastModifiedTime(ofOlderVersion, FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS)));
			ModelFiles.load(file);
			assertTrue(Files.exists(ofLiveSave), "a live save's file stays");
			assertTrue(Files.exists(ofOtherModel), "another model's files are left to it");
			assertTrue(Files.notExists(ofDeadSave) && Files.notExists(ofOlderVersion), listing().toString());
			live.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			ModelFiles.save(ModelFiles.load(file), file);
			assertEquals(List.of(ofOtherModel.getFileName().toString(), "net.netreview", "net.netreview.bak"), listing());
		} finally {
			live.destroyForcibly();
		}
	}

	@Test
	void aFileOlderThanTheProcessNamedInItOrLeftByThisProcessIsStale() throws Exception {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview"));
		Process live = new ProcessBuilder("sleep", "60").start();
		try {
			Path reusedPid = temporary("net.netreview", live.pid() + "-1");
			Files.setLastModifiedTime(reusedPid, FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS)));
			Path ours = temporary("net.netreview", ProcessHandle.current().pid() + "-2");
			ModelFiles.load(file);
			assertTrue(Files.notExists(reusedPid) && Files.notExists(ours), listing().toString());
		} finally {
			live.destroyForcibly();
		}
	}

	@Test
	void theTemporaryFileOfASaveUnderWayIsNotStale() throws IOException {
		Path target = dir.resolve("net.netreview").toAbsolutePath();
		Path reserved = SaveTemporaries.reserve(target);
		try {
			Files.writeString(reserved, "being written");
			SaveTemporaries.removeStale(target);
			assertTrue(Files.exists(reserved));
		} finally {
			SaveTemporaries.release(reserved);
		}
		assertTrue(Files.notExists(reserved));
	}

	private Path temporary(String model, String numbers) throws IOException {
		return Files.writeString(dir.resolve("." + model + "." + numbers + ".saving"), "<xmi:XMI");
	}

	private static long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
