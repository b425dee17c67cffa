package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output with --force replaces a regular file only: a symbolic link, FIFO, directory or device is refused in one line and left alone. */
class OutputFileTest {

	private static final String OFFICE = "../../examples/regional-office.netreview";

	@TempDir
	Path dir;

	@Test
	void forceReplacesARegularFile() throws IOException {
		Path file = Files.writeString(dir.resolve("office.csv"), "old");
		CliRun run = export(file, "--force");
		assertEquals(0, run.code(), run.err());
		assertTrue(Files.readString(file).startsWith("kind,id,name"));
	}

	@Test
	void aSymbolicLinkIsLeftPointingWhereItPointed() throws IOException {
		Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
		Path link = Files.createSymbolicLink(dir.resolve("office.csv"), target);
		refused(export(link, "--force"), link, "a symbolic link");
		refused(export(link), link, "a symbolic link");
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(target, Files.readSymbolicLink(link));
		assertEquals("keep me", Files.readString(target));
	}

	@Test
	void aDanglingSymbolicLinkIsNotReplacedEither() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("office.csv"), dir.resolve("nowhere.csv"));
		refused(export(link, "--force"), link, "a symbolic link");
		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.notExists(dir.resolve("nowhere.csv")));
	}

	@Test
	void aFifoIsNotReplacedNorOpened() throws Exception {
		Path fifo = dir.resolve("office.csv");
		assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is there");
		refused(export(fifo, "--force"), fifo, "a FIFO");
		assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still the FIFO");
	}

	@Test
	void aDirectoryIsNotReplaced() throws IOException {
		Path directory = Files.createDirectory(dir.resolve("office.csv"));
		Files.writeString(directory.resolve("inside.txt"), "x");
		refused(export(directory, "--force"), directory, "a directory");
		assertTrue(Files.isDirectory(directory));
		assertTrue(Files.exists(directory.resolve("inside.txt")));
	}

	@Test
	void aDeviceIsNotReplaced() throws Exception {
		Path device = device();
		assumeTrue(device != null, "a device node to write to");
		refused(export(device, "--force"), device, "a device");
		assertTrue(Files.exists(device) && !Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS), "still the device");
	}

	/**
	 * A null device of the test's own where the system allows making one (as root), else /dev/null, which only root
	 * could replace: a broken build must not turn the machine's /dev/null into a file, as main's did.
	 */
	private Path device() throws Exception {
		Path own = dir.resolve("null");
		if (new ProcessBuilder("mknod", own.toString(), "c", "1", "3").redirectErrorStream(true).start().waitFor() == 0) {
			return own;
		}
		Path devNull = Path.of("/dev/null");
		boolean safe = Files.exists(devNull) && !Files.isRegularFile(devNull) && !Files.isWritable(devNull.getParent());
		return safe ? devNull : null;
	}

	@Test
	void proposeRefusesASymbolicLinkForItsSavedProposalAndNewModel() throws IOException {
		Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
		Path link = Files.createSymbolicLink(dir.resolve("best.proposal.json"), target);
		CliRun save = CliRun.of("propose", OFFICE, "--save", link.toString(), "--force");
		refused(save, link, "a symbolic link");
		CliRun apply = CliRun.of("propose", OFFICE, "--apply", "best", "--output", link.toString(), "--force");
		refused(apply, link, "a symbolic link");
		assertEquals("keep me", Files.readString(target));
	}

	private static CliRun export(Path output, String... more) {
		return CliRun.of(Stream.concat(Stream.of("export", OFFICE, "--format", "csv", "--output", output.toString()), Stream.of(more))
				.toArray(String[]::new));
	}

	private static void refused(CliRun run, Path output, String kind) {
		assertEquals(2, run.code(), run.err());
		assertEquals(1, run.err().lines().count(), "one line: " + run.err());
		assertTrue(run.err().startsWith("netreview: " + output + " is " + kind + ", not a regular file"), run.err());
	}
}
