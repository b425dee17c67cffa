package io.github.netreview.app.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.io.ModelFiles;

/** An import's run: Cancel writes nothing, an existing file is kept, a live NetBox's failures and warnings reach the user. */
class ImportRunTest {

	@TempDir
	Path dir;

	@Test
	void cancellingWhileTheSourceIsReadWritesNothing() {
		Path model = dir.resolve("cancelled.netreview");
		NullProgressMonitor monitor = new NullProgressMonitor();
		ImportRun run = new ImportRun(progress -> {
			monitor.setCanceled(true);
			return network();
		}, model);
		assertThrows(InterruptedException.class, () -> run.run(monitor));
		assertFalse(Files.exists(model));
	}

	@Test
	void aFinishedRunWritesTheNetworkWithADiagram() throws Exception {
		Path model = dir.resolve("written.netreview");
		ImportRun run = new ImportRun(progress -> network(), model);
		run.run(new NullProgressMonitor());
		assertEquals("n", ModelFiles.loadNetwork(model).getName());
		assertEquals(2, ModelFiles.load(model).getContents().size(), "the network and a diagram of it");
		assertEquals("summary", run.imported().summary());
	}

	@Test
	void aFileThatAppearedMeanwhileIsKept() throws Exception {
		Path model = Files.writeString(dir.resolve("kept.netreview"), "mine");
		ImportRun run = new ImportRun(progress -> network(), model);
		InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> run.run(new NullProgressMonitor()));
		assertTrue(assertInstanceOf(ImportFailure.class, e.getCause()).getMessage().startsWith(model + " exists"));
		assertEquals("mine", Files.readString(model));
	}

	@Test
	void aLiveImportStopsAtItsFirstProgressLineOnceCancelled() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		NetboxUrlSource source = new NetboxUrlSource("http://127.0.0.1:1", "0123456789abcdef", List.of(), List.of(), dir.resolve("live.netreview"));
		assertThrows(OperationCanceledException.class, () -> source.read(cancelled));
	}

	@Test
	void anUnreachableNetboxIsNamedAndThePlainHttpWarningKept() {
		NetboxUrlSource source = new NetboxUrlSource("http://127.0.0.1:1", "0123456789abcdef", List.of(), List.of(), dir.resolve("live.netreview"));
		ImportFailure failure = assertThrows(ImportFailure.class, () -> source.read(new NullProgressMonitor()));
		assertTrue(failure.getMessage().contains("http://127.0.0.1:1/api/"), failure.getMessage());
		assertTrue(failure.details().stream().anyMatch(line -> line.contains("is not https")), failure.details().toString());
	}

	@Test
	void aBadAddressIsWordedForTheWizardNotTheCommandLine() {
		NetboxUrlSource source = new NetboxUrlSource("ftp://netbox", "0123456789abcdef", List.of(), List.of(), dir.resolve("live.netreview"));
		ImportFailure failure = assertThrows(ImportFailure.class, () -> source.read(new NullProgressMonitor()));
		assertTrue(failure.getMessage().startsWith("NetBox URL: 'ftp://netbox' is not an http(s) address"), failure.getMessage());
	}

	private static Imported network() {
		return new Imported(new NetworkBuilder("net-1", "n").network(), "summary", List.of());
	}
}
