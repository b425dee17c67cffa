package io.github.netreview.cli;

import static io.github.netreview.cli.DiffCommandTest.AS_OF;
import static io.github.netreview.cli.DiffCommandTest.CHANGED;
import static io.github.netreview.cli.DiffCommandTest.HQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --base-rev} and {@code diff --textconv} on a real git repository holding two commits of the
 * headquarters (as surveyed, then changed): the review of the last commit against the one before, a revision git
 * cannot give named with the file, and {@code git diff} speaking network through the documented diff driver.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiffHistoryTest {

	@TempDir
	Path dir;

	private Path repository;
	private Path model;

	@BeforeEach
	void commitTwoVersions() throws Exception {
		assumeTrue(git(Path.of("."), "--version").startsWith("git version"), "git is installed");
		repository = Files.createDirectories(dir.resolve("repo"));
		model = repository.resolve("hq.netreview");
		git("init", "-q");
		Files.copy(Path.of(HQ), model);
		git("add", ".");
		git("commit", "-q", "-m", "HQ as surveyed");
		Files.copy(Path.of(CHANGED), model, StandardCopyOption.REPLACE_EXISTING);
		git("commit", "-q", "-am", "HQ changed");
	}

	@Test
	void theLastCommitIsReviewedAgainstTheOneBefore() throws IOException {
		CliRun run = CliRun.of("diff", "--base-rev", "HEAD~1", model.toString(), "--as-of", AS_OF);
		assertEquals(1, run.code(), run.err());
		String golden = Files.readString(Path.of("../io.github.netreview.report/test/golden/diff-hq.txt"));
		assertEquals(golden.replace(HQ + " -> " + CHANGED, model + "@HEAD~1 -> " + model), run.out(), "the same review as of the two files");
		CliRun json = CliRun.of("diff", "--base-rev", "HEAD~1", model.toString(), "--as-of", AS_OF, "--format", "json");
		assertTrue(json.out().contains("\"model\": \"" + model + "@HEAD~1\""), json.out());
	}

	@Test
	void theWorkingFileIsReviewedAgainstACommit() throws IOException {
		Files.copy(Path.of(HQ), model, StandardCopyOption.REPLACE_EXISTING);
		CliRun run = CliRun.of("diff", "--base-rev", "HEAD", model.toString(), "--as-of", AS_OF, "--fail-on", "critical");
		assertEquals(0, run.code(), run.out());
		assertTrue(run.out().contains("\n  FIXED CRITICAL RESTRICTED_PATH_TO_CORE device 'cam-loading-bay-01' (dev-cam-loading-bay-01)\n"), run.out());
	}

	@Test
	void aRevisionGitCannotGiveExitsTwoNamingTheFileAndRevision() throws IOException {
		CliRun unknown = CliRun.of("diff", "--base-rev", "no-such-branch", model.toString());
		assertEquals(2, unknown.code(), unknown.err());
		assertTrue(unknown.err().startsWith("netreview: " + model + ": unknown revision 'no-such-branch'"), unknown.err());
		Path outside = Files.copy(Path.of(HQ), dir.resolve("hq.netreview"));
		CliRun notInGit = CliRun.of("diff", "--base-rev", "HEAD~1", outside.toString());
		assertEquals(2, notInGit.code(), notInGit.err());
		assertTrue(notInGit.err().contains(outside + ": cannot read revision 'HEAD~1': the file is not in a git work tree"), notInGit.err());
	}

	@Test
	void aBrokenVersionInHistoryIsNamedWithItsRevisionAndLine() throws Exception {
		Files.writeString(model, Files.readString(model).replace("role=\"CAMERA\"", "role=\"TELESCOPE\""));
		git("commit", "-q", "-am", "A broken edit");
		Files.copy(Path.of(HQ), model, StandardCopyOption.REPLACE_EXISTING);
		CliRun run = CliRun.of("diff", "--base-rev", "HEAD", model.toString());
		assertEquals(2, run.code(), run.err());
		assertTrue(run.err().startsWith("netreview: " + model + "@HEAD:"), run.err());
		assertTrue(run.err().contains("TELESCOPE"), run.err());
	}

	@Test
	void gitDiffSpeaksNetworkThroughTheTextconvDriver() throws Exception {
		Path driver = dir.resolve("netreview-textconv");
		Files.writeString(driver, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
				+ System.getProperty("java.class.path") + "' " + Main.class.getName() + " diff --textconv --as-of " + AS_OF + " \"$@\"\n");
		Files.setPosixFilePermissions(driver, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
		Files.writeString(repository.resolve(".gitattributes"), "*.netreview diff=netreview\n");
		git("config", "diff.netreview.textconv", driver.toString());
		String diff = git("diff", "HEAD~1", "HEAD", "--", "hq.netreview");
		assertTrue(diff.contains("\n-device 'cam-loading-bay-01' (dev-cam-loading-bay-01) segments: segment 'CCTV' (seg-cctv)\n"
				+ "+device 'cam-loading-bay-01' (dev-cam-loading-bay-01) segments: segment 'Staff' (seg-staff)\n"), diff);
		assertTrue(diff.contains("\n+finding CRITICAL RESTRICTED_PATH_TO_CORE device 'cam-loading-bay-01' (dev-cam-loading-bay-01): "), diff);
		assertTrue(diff.contains("\n-device 'prn-01' (dev-prn-01) name: prn-01\n"), diff);
		assertFalse(diff.contains("<devices "), "no XML: the driver's text is what git compares");
	}

	private String git(String... arguments) throws Exception {
		return git(repository, arguments);
	}

	/** Runs git in {@code folder} with no user or system configuration and a fixed author; its output, failing the test unless it exits 0. */
	private static String git(Path folder, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("GIT_AUTHOR_NAME", "Reviewer");
		builder.environment().put("GIT_AUTHOR_EMAIL", "reviewer@example.org");
		builder.environment().put("GIT_COMMITTER_NAME", "Reviewer");
		builder.environment().put("GIT_COMMITTER_EMAIL", "reviewer@example.org");
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			return "git cannot run: " + e.getMessage();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "git " + String.join(" ", arguments) + ": " + output);
		return output;
	}
}
