package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The CI examples in docs/ci: the code-scanning workflow's check writes, for each model it lists, a log whose own
 * category is the one the workflow uploads it under; the pre-commit hook stops a commit whose staged model fails.
 */
class CiExamplesTest {

	private static final Path ROOT = Path.of("../..");

	@TempDir
	Path dir;

	@Test
	void theWorkflowsCheckWritesALogUnderTheCategoryItUploads() throws IOException {
		String workflow = Files.readString(ROOT.resolve("docs/ci/github-code-scanning.yml"));
		assertTrue(workflow.contains("uses: github/codeql-action/upload-sarif@v4"), "uploads with upload-sarif");
		String category = find(workflow, "category: (.+)");
		String command = find(workflow, "netreview\" (check .*)");
		Matcher models = Pattern.compile("model: \\[(.*)]").matcher(workflow);
		assertTrue(models.find(), "the matrix lists models");
		for (String model : models.group(1).split(",\\s*")) {
			assertTrue(Files.isRegularFile(ROOT.resolve(model)), model);
			Path log = dir.resolve(model.replace('/', '-') + ".sarif");
			String[] args = command.replace("\"${{ matrix.model }}\"", ROOT.resolve(model).toString()).replace("\"$GITHUB_WORKSPACE\"", ROOT.toString())
					.replace("netreview.sarif", log.toString()).split(" ");
			CliRun run = CliRun.of(args);
			assertTrue(run.code() == 0 || run.code() == 1, String.join(" ", args) + ": " + run.err());
			String id = JsonParser.parseString(Files.readString(log)).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
					.getAsJsonObject("automationDetails").get("id").getAsString();
			assertEquals(category.replace("${{ matrix.model }}", model), id);
		}
	}

	@Test
	void thePreCommitHookChecksWhatIsStaged() throws Exception {
		assumeTrue(installed("git") && installed("bash"), "git and bash are installed");
		Path repository = Files.createDirectory(dir.resolve("models"));
		git(repository, "init", "-q");
		Path model = repository.resolve("site/hq.netreview");
		Files.createDirectories(model.getParent());
		Files.copy(ROOT.resolve("examples/hq.netreview"), model);
		git(repository, "add", "site/hq.netreview");
		Outcome failing = hook(repository);
		assertEquals(1, failing.code(), failing.err());
		assertTrue(failing.err().startsWith("netreview: site/hq.netreview has findings at or above error that no waiver covers:\n"), failing.err());
		assertTrue(failing.err().contains("CRITICAL RESTRICTED_PATH_TO_CORE"), failing.err());
		assertTrue(failing.err().contains("\nsite/hq.netreview: 39 devices"), "named as in the repository: " + failing.err());

		Files.writeString(model, "<network>");
		assertEquals(1, hook(repository).code(), "the staged model is checked, not the working tree's");
		git(repository, "add", "site/hq.netreview");
		Outcome broken = hook(repository);
		assertEquals(1, broken.code());
		assertTrue(broken.err().startsWith("netreview: site/hq.netreview could not be checked:\n"), broken.err());

		git(repository, "rm", "-q", "--cached", "site/hq.netreview");
		Outcome nothing = hook(repository);
		assertEquals(0, nothing.code(), "no model staged: " + nothing.err());
		assertEquals("", nothing.err());
	}

	/** What a process exited with and wrote on standard error. */
	private record Outcome(int code, String err) {
	}

	private Outcome hook(Path repository) throws Exception {
		Path launcher = dir.resolve("netreview");
		Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
				+ System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
		launcher.toFile().setExecutable(true);
		ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("docs/ci/pre-commit").toAbsolutePath().toString()).directory(repository.toFile());
		builder.environment().put("NETREVIEW", launcher.toString());
		return run(builder);
	}

	private boolean installed(String program) throws InterruptedException {
		try {
			return run(dir, List.of(program, "--version")).code() == 0;
		} catch (IOException e) {
			return false;
		}
	}

	private static void git(Path repository, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com"));
		command.addAll(List.of(args));
		Outcome outcome = run(repository, command);
		assertEquals(0, outcome.code(), String.join(" ", command) + ": " + outcome.err());
	}

	private static Outcome run(Path directory, List<String> command) throws IOException, InterruptedException {
		return run(new ProcessBuilder(command).directory(directory.toFile()));
	}

	private static Outcome run(ProcessBuilder builder) throws IOException, InterruptedException {
		Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Outcome(process.waitFor(), err);
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertTrue(matcher.find(), regex);
		String found = matcher.group(1);
		assertFalse(matcher.find(), "once: " + regex);
		return found;
	}
}
