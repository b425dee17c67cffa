package io.github.netreview.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;

class AtomicSaveTest {

	@TempDir
	Path dir;

	@Test
	void keepsThePreviousVersionAsBackup() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview"));
		byte[] first = Files.readAllBytes(file);
		Resource resource = ModelFiles.load(file);
		((Network) resource.getContents().get(0)).setName("Renamed");
		ModelFiles.save(resource, file);
		assertArrayEquals(first, Files.readAllBytes(ModelFiles.backupOf(file)));
		assertEquals("Renamed", ModelFiles.loadNetwork(file).getName());
		assertEquals(List.of("net.netreview", "net.netreview.bak"), listing(), "no temporary files are left behind");
	}

	@Test
	void keepsTheFilePermissionsAndGivesNewFilesReadableOnes() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview"));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		ModelFiles.save(ModelFiles.load(file), file);
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aSaveThatFailsHalfwayLeavesTheFileAsItWas() throws IOException {
		Path file = TestModels.writeSmall(dir.resolve("net.netreview"));
		byte[] before = Files.readAllBytes(file);
		Resource resource = ModelFiles.load(file);
		Network network = (Network) resource.getContents().get(0);
		Zone outside = TopologyFactory.eINSTANCE.createZone();
		network.getSegments().get(1).setZone(outside); // refers to a zone in no resource: EMF fails after writing part of the file
		assertThrows(IOException.class, () -> ModelFiles.save(resource, file));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertFalse(Files.exists(ModelFiles.backupOf(file)), "a failed save does not rotate the backup");
		assertEquals(List.of("net.netreview"), listing());
	}

	@Test
	void aSaveKilledMidWayLeavesTheOldOrTheNewModelNeverAPartialOne() throws Exception {
		Path file = dir.resolve("big.netreview");
		Resource seed = ModelFiles.newResource(file);
		seed.getContents().add(CampusGenerator.generate(20_000, 1));
		ModelFiles.save(seed, file);
		long oldSize = Files.size(file);
		for (int attempt = 0; attempt < 3; attempt++) {
			Process saver = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
					SaveForever.class.getName(), file.toString()).redirectErrorStream(true).start();
			try {
				waitForFirstProgress(saver);
				Thread.sleep(150L + 200L * attempt);
			} finally {
				saver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			Network survivor = ModelFiles.loadNetwork(file);
			assertTrue(survivor.getName().startsWith("Generated campus"), survivor.getName());
			assertTrue(Files.size(file) >= oldSize - 4096, "the model on disk is complete");
		}
	}

	private static void waitForFirstProgress(Process saver) throws IOException {
		int read = saver.getInputStream().read();
		assertTrue(read >= 0, "the saving process started");
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Run in a child JVM: loads the model and saves it again and again until killed. */
	public static final class SaveForever {
		public static void main(String[] args) throws IOException {
			Path file = Path.of(args[0]);
			Resource resource = ModelFiles.load(file);
			Network network = (Network) resource.getContents().get(0);
			for (int round = 0;; round++) {
				network.setName("Generated campus, round " + round);
				ModelFiles.save(resource, file);
				System.out.print('.');
				System.out.flush();
			}
		}
	}
}
