package io.github.netreview.io.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.io.history.RevisionException.Reason;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.topology.Network;

/**
 * Models read from a git repository's history: two committed versions of the headquarters diffed by revision, and
 * each way of failing named with the file and revision.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GitRevisionsTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");
	private static final String LOBBY_PORT = "<interfaces id=\"dev-acc-sw-02.Gi1-0-30\" name=\"Gi1/0/30\" accessVlan=\"30\"/>";

	@TempDir
	Path dir;

	private Path repository;
	private Path model;

	@BeforeEach
	void commitTwoVersions() throws Exception {
		assumeTrue(gitRuns(), "git is installed");
		repository = dir.resolve("repo");
		model = repository.resolve("models/hq.netreview");
		Files.createDirectories(model.getParent());
		git("init", "-q");
		Files.copy(HQ, model);
		git("add", ".");
		git("commit", "-q", "-m", "HQ as surveyed");
		String xml = Files.readString(model);
		assertTrue(xml.contains(LOBBY_PORT));
		Files.writeString(model, xml.replace(LOBBY_PORT, LOBBY_PORT.replace("\"30\"", "\"40\"")));
		Files.writeString(repository.resolve("models/office.netreview"), "added later");
		git("add", ".");
		git("commit", "-q", "-m", "Lobby camera moved to the CCTV VLAN");
	}

	@Test
	void twoCommittedVersionsDiffByRevision() throws IOException {
		Network base = GitRevisions.loadNetwork(model, "HEAD~1");
		Network now = GitRevisions.loadNetwork(model, "HEAD");
		assertArrayEquals(Files.readAllBytes(HQ), GitRevisions.read(model, "HEAD~1"));
		NetworkDiff diff = NetworkDiff.of(base, now, new Analyzer(LocalDate.of(2026, 11, 29), IeeeRegistry.system()));
		assertEquals(List.of("MOVED dev-cam-lobby-02", "MOVED dev-acc-sw-02.Gi1-0-30"),
				diff.elements().changes().stream().map(c -> c.kind() + " " + c.id()).toList());
		assertEquals(List.of("RESTRICTED_PATH_TO_CORE dev-cam-lobby-02", "ZONE_VLAN_MISMATCH dev-cam-lobby-02"),
				diff.findings().with(FindingDelta.Status.FIXED).stream().map(e -> e.key().toString()).toList());
		assertTrue(diff.findings().with(FindingDelta.Status.NEW).isEmpty());
	}

	@Test
	void aRelativePathAndTheWorkingFileReadTheSame() throws IOException {
		Path relative = Path.of("").toAbsolutePath().relativize(model);
		assertArrayEquals(Files.readAllBytes(model), GitRevisions.read(relative, "HEAD"));
		Files.writeString(model, "uncommitted edit");
		assertTrue(new String(GitRevisions.read(model, "HEAD"), StandardCharsets.UTF_8).contains("accessVlan=\"40\""), "the commit, not the file");
	}

	@Test
	void aFileOutsideAnyRepositoryIsNamedWithTheRevision() throws IOException {
		Path outside = Files.copy(HQ, dir.resolve("hq.netreview"));
		RevisionException error = refused(outside, "HEAD~1", Reason.NOT_A_REPOSITORY);
		assertTrue(error.getMessage().contains("not in a git work tree"), error.getMessage());
	}

	@Test
	void anUnknownRevisionIsNamed() {
		RevisionException error = refused(model, "HEAD~5", Reason.UNKNOWN_REVISION);
		assertTrue(error.getMessage().contains("unknown revision 'HEAD~5'"), error.getMessage());
		refused(model, "no-such-branch", Reason.UNKNOWN_REVISION);
	}

	@Test
	void aFileNotInTheRevisionIsNamedWithItsPathInTheRepository() {
		RevisionException error = refused(repository.resolve("models/office.netreview"), "HEAD~1", Reason.NOT_IN_REVISION);
		assertTrue(error.getMessage().contains("no file models/office.netreview in revision 'HEAD~1'"), error.getMessage());
		assertTrue(refused(repository.resolve("models"), "HEAD", Reason.NOT_IN_REVISION).getMessage().contains("a tree there, not a file"));
	}

	@Test
	void aRevisionThatWouldReadAsAnOptionIsRefusedBeforeGitRuns() {
		for (String revision : List.of("--output=/tmp/x", "-p", "", "HEAD\n~1")) {
			refused(model, revision, Reason.BAD_REVISION);
		}
	}

	@Test
	void aBrokenModelInHistoryNamesTheFileAtTheRevisionAndLine() throws Exception {
		String xml = Files.readString(model);
		Files.writeString(model, xml.replace("role=\"CAMERA\"", "role=\"TELESCOPE\""));
		git("commit", "-q", "-am", "A broken edit");
		ModelLoadException error = assertThrows(ModelLoadException.class, () -> GitRevisions.load(model, "HEAD"));
		assertTrue(error.getMessage().startsWith(model + "@HEAD:"), error.getMessage());
		assertTrue(error.line() > 0 && error.problem().contains("TELESCOPE"), error.getMessage());
		assertFalse(Files.exists(model.resolveSibling("hq.netreview@HEAD")), "nothing is written");
	}

	private RevisionException refused(Path file, String revision, Reason reason) {
		RevisionException error = assertThrows(RevisionException.class, () -> GitRevisions.read(file, revision));
		assertEquals(reason, error.reason(), error.getMessage());
		assertTrue(error.getMessage().startsWith(file + ": "), error.getMessage());
		assertFalse(error.getMessage().contains("\n"), error.getMessage());
		assertEquals(revision, error.revision());
		return error;
	}

	private static boolean gitRuns() {
		try {
			return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Runs git in the repository with no user or system configuration and a fixed author. */
	private void git(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
		command.addAll(List.of(arguments));
		Files.createDirectories(repository);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		for (String who : List.of("AUTHOR", "COMMITTER")) {
			builder.environment().put("GIT_" + who + "_NAME", "Reviewer");
			builder.environment().put("GIT_" + who + "_EMAIL", "reviewer@example.org");
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "git " + String.join(" ", arguments) + ": " + output);
	}
}
