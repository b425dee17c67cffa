package io.github.netreview.app.interchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export's run: the file is written whole, or, when cancelled or failing, nothing is, and a file that appeared meanwhile is kept. */
class ExportRunTest {

	private static final byte[] REPORT = "<html>report</html>\n".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void aFinishedRunWritesTheBytes() throws Exception {
		Path target = dir.resolve("review.html");
		new ExportRun(monitor -> REPORT, target).run(new NullProgressMonitor());
		assertArrayEquals(REPORT, Files.readAllBytes(target));
		assertEquals(List.of(target), files(), "no temporary file is left beside it");
	}

	@Test
	void cancellingWhileTheReportIsMadeWritesNothing() throws IOException {
		NullProgressMonitor monitor = new NullProgressMonitor();
		ExportRun run = new ExportRun(progress -> {
			monitor.setCanceled(true);
			return REPORT;
		}, dir.resolve("review.html"));
		assertThrows(InterruptedException.class, () -> run.run(monitor));
		assertEquals(List.of(), files());
	}

	@Test
	void aRenderThatStopsOnCancelWritesNothing() throws IOException {
		ExportRun run = new ExportRun(progress -> {
			throw new OperationCanceledException();
		}, dir.resolve("review.html"));
		assertThrows(InterruptedException.class, () -> run.run(new NullProgressMonitor()));
		assertEquals(List.of(), files());
	}

	@Test
	void aFailedRenderWritesNothingAndSaysWhy() throws IOException {
		ExportRun run = new ExportRun(progress -> {
			throw new IllegalStateException("graphviz dot is missing");
		}, dir.resolve("review.html"));
		InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> run.run(new NullProgressMonitor()));
		assertEquals("graphviz dot is missing", e.getCause().getMessage());
		assertEquals(List.of(), files());
	}

	@Test
	void aFileThatAppearedMeanwhileIsKept() throws IOException {
		Path target = dir.resolve("review.html");
		ExportRun run = new ExportRun(progress -> {
			Files.writeString(target, "mine");
			return REPORT;
		}, target);
		InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> run.run(new NullProgressMonitor()));
		FileAlreadyExistsException taken = assertInstanceOf(FileAlreadyExistsException.class, e.getCause());
		assertTrue(taken.getReason().contains("it is kept and nothing was written"), taken.getReason());
		assertEquals("mine", Files.readString(target));
		assertEquals(List.of(target), files(), "no temporary file is left beside it");
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}
}
