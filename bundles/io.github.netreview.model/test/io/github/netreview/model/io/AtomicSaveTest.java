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
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.TestModels;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;

class AtomicSaveTest {

	private static final int KILLED_SAVE_DEVICES = 1_000;
	/** Kill trials made however long they take, then more while the time lasts. */
	private static final int MIN_TRIALS = 5;

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

	/**
	 * Kills a saving process at seeded random moments: each time the file and its backup load whole, and the next
	 * save leaves nothing but the two behind.
	 */
	@Test
	@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void savesKilledAtRandomMomentsLeaveWholeModelsAndNoDebrisAfterTheNextSave() throws Exception {
		Path file = dir.resolve("big.netreview");
		Resource seed = ModelFiles.newResource(file);
		seed.getContents().add(CampusGenerator.generate(KILLED_SAVE_DEVICES, 1));
		ModelFiles.save(seed, file);
		Random random = new Random(2026);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		int trials = 0;
		int debris = 0;
		int replaced = 0;
		String before = ((Network) seed.getContents().get(0)).getName();
		Process next = startSaver(file);
		for (; trials < 20 && (trials < MIN_TRIALS || System.nanoTime() < deadline); trials++) { // at least MIN_TRIALS on a busy machine
			Process saver = next;
			waitUntilLoaded(saver);
			next = startSaver(file); // starts its JVM while this trial runs
			killAfter(saver, random.nextInt(3), random.nextInt(400));
			debris += temporaryFiles().size();
			Network survivor = ModelFiles.loadNetwork(file);
			assertEquals(KILLED_SAVE_DEVICES, survivor.getDevices().size(), "the model on disk is whole");
			replaced += survivor.getName().equals(before) ? 0 : 1;
			if (Files.exists(ModelFiles.backupOf(file))) {
				assertEquals(KILLED_SAVE_DEVICES, ModelFiles.loadNetwork(ModelFiles.backupOf(file)).getDevices().size(), "the backup is whole");
			}
			ModelFiles.save(survivor.eResource(), file);
			assertEquals(List.of("big.netreview", "big.netreview.bak"), listing(), "no debris after the next save");
			before = survivor.getName();
		}
		next.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		System.out.printf("kill trials: %d saves of %d devices killed, %d left temporary files that the next load removed, "
				+ "%d had already replaced the model, %d left the old one%n", trials, KILLED_SAVE_DEVICES, debris, replaced, trials - replaced);
	}

	/** A process that loads {@code file}, says so and saves it again and again from when it is told to go. */
	private static Process startSaver(Path file) throws IOException {
		return new ProcessBuilder(javaExecutable(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				SaveForever.class.getName(), file.toString()).redirectErrorStream(true).start();
	}

	/** Lets {@code saver} go, waits for it to finish {@code saves} saves and {@code millis} more, and kills it. */
	private static void killAfter(Process saver, int saves, int millis) throws Exception {
		try {
			saver.getOutputStream().write('\n');
			saver.getOutputStream().flush();
			for (int i = 0; i < saves; i++) {
				assertTrue(saver.getInputStream().read() >= 0, "the saving process saved");
			}
			Thread.sleep(millis);
		} finally {
			saver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private List<Path> temporaryFiles() throws IOException {
		try (var files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".saving")).toList();
		}
	}

	private static void waitUntilLoaded(Process saver) throws IOException {
		int read = saver.getInputStream().read();
		assertTrue(read >= 0, "the saving process has loaded the model");
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Run in a child JVM: loads the model, says so, and once told to go saves it again and again until killed. */
	public static final class SaveForever {
		public static void main(String[] args) throws IOException {
			Path file = Path.of(args[0]);
			Resource resource = ModelFiles.load(file);
			Network network = (Network) resource.getContents().get(0);
			System.out.print('.');
			System.out.flush();
			System.in.read();
			for (int round = 0;; round++) {
				network.setName("Generated campus, round " + round);
				ModelFiles.save(resource, file);
				System.out.print('.');
				System.out.flush();
			}
		}
	}
}
