package io.github.netreview.io.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.io.history.RevisionException.Reason;
import io.github.netreview.model.SafeText;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.topology.Network;

/**
 * A model file as it was at a git revision ({@code HEAD~1}, a branch, a tag, a commit), read with git itself from the
 * repository the file's folder is in: what {@code git show REV:PATH} prints, taken with the plumbing command
 * {@code git cat-file blob} (no pager, no text conversion), straight into memory and loaded with every check of
 * {@link ModelFiles#load(Path)}, so a version from history reads no other file or URL either. Nothing is written.
 */
public final class GitRevisions {

	/** How much of git's own message a failure quotes. */
	private static final int QUOTED = 200;

	private GitRevisions() {
	}

	/**
	 * Loads {@code file} as it was at {@code revision}. Messages name the content {@code FILE@REVISION}.
	 *
	 * @throws RevisionException when git cannot give the file at that revision (not a repository, unknown revision,
	 *         no such file in it)
	 * @throws ModelLoadException when what it gives is no valid model
	 */
	public static Resource load(Path file, String revision) throws IOException {
		byte[] content = read(file, revision);
		return ModelFiles.load(label(file, revision), content);
	}

	/** The network of {@code file} as it was at {@code revision}. */
	public static Network loadNetwork(Path file, String revision) throws IOException {
		return (Network) load(file, revision).getContents().get(0);
	}

	/** The bytes of {@code file} at {@code revision}. */
	public static byte[] read(Path file, String revision) throws RevisionException {
		checkRevision(file, revision);
		Path absolute = file.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new RevisionException(Reason.NOT_A_REPOSITORY, file, revision,
					file + ": cannot read revision " + shown(revision) + ": the folder " + folder + " does not exist", null);
		}
		Git git = new Git(file, revision, folder);
		List<String> where = git.workTree();
		String inRepository = where.get(1) + absolute.getFileName();
		String commit = git.commit(where.get(0));
		String object = commit + ":" + inRepository;
		git.requireFile(object, inRepository, commit);
		Run blob = git.run("cat-file", "blob", object);
		if (blob.exit() != 0) {
			throw new RevisionException(Reason.GIT_FAILED, file, revision, file + ": git could not read " + inRepository + " at revision "
					+ shown(revision) + blob.says(), null);
		}
		return blob.out();
	}

	/** How the content of {@code file} at {@code revision} is named in messages: {@code FILE@REVISION}. */
	static Path label(Path file, String revision) {
		try {
			return file.resolveSibling(file.getFileName() + "@" + revision);
		} catch (InvalidPathException e) {
			return file;
		}
	}

	private static void checkRevision(Path file, String revision) throws RevisionException {
		String problem = revision == null || revision.isBlank() ? "no revision given"
				: revision.startsWith("-") ? "a revision cannot start with '-'"
						: revision.chars().anyMatch(Character::isISOControl) ? "a revision cannot hold control characters" : null;
		if (problem != null) {
			throw new RevisionException(Reason.BAD_REVISION, file, revision, file + ": " + problem + ": " + SafeText.echo(revision), null);
		}
	}

	private static String shown(String revision) {
		return SafeText.echo(revision);
	}

	/** What one git command gave: its exit code, standard output and the first line of its standard error. */
	private record Run(int exit, byte[] out, String error) {

		List<String> lines() {
			return new String(out, StandardCharsets.UTF_8).lines().toList();
		}

		/** " (git: ...)" with git's first line of complaint, or nothing. */
		String says() {
			return error.isBlank() ? "" : " (git: " + SafeText.visible(SafeText.cut(error, QUOTED)) + ")";
		}
	}

	/** Runs git in the folder of the file, for that file and revision's messages. */
	private record Git(Path file, String revision, Path folder) {

		/** The top folder of the work tree the file's folder is in, and that folder's path in it ("" or "models/"). */
		List<String> workTree() throws RevisionException {
			Run where = run("rev-parse", "--is-inside-work-tree", "--show-toplevel", "--show-prefix");
			List<String> lines = where.lines();
			if (where.exit() != 0 || lines.size() < 2 || !lines.get(0).equals("true")) {
				throw new RevisionException(Reason.NOT_A_REPOSITORY, file, revision, file + ": cannot read revision " + shown(revision)
						+ ": the file is not in a git work tree" + where.says(), null);
			}
			return List.of(lines.get(1), lines.size() > 2 ? lines.get(2) : "");
		}

		/** The commit the revision names in the repository at {@code top}. */
		String commit(String top) throws RevisionException {
			Run commit = run("rev-parse", "--verify", "--quiet", revision + "^{commit}");
			if (commit.exit() != 0 || commit.lines().isEmpty()) {
				throw new RevisionException(Reason.UNKNOWN_REVISION, file, revision, file + ": unknown revision " + shown(revision)
						+ " in the git repository " + top + commit.says(), null);
			}
			return commit.lines().get(0);
		}

		/** Fails unless {@code object} ({@code COMMIT:PATH}) is a file. */
		void requireFile(String object, String inRepository, String commit) throws RevisionException {
			Run type = run("cat-file", "-t", object);
			String kind = type.exit() == 0 && !type.lines().isEmpty() ? type.lines().get(0) : null;
			if (!"blob".equals(kind)) {
				throw new RevisionException(Reason.NOT_IN_REVISION, file, revision, file + ": no file " + inRepository + " in revision "
						+ shown(revision) + " (commit " + commit.substring(0, Math.min(12, commit.length())) + ")"
						+ (kind == null ? "" : " (a " + kind + " there, not a file)"), null);
			}
		}

		Run run(String... arguments) throws RevisionException {
			List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
			command.addAll(List.of(arguments));
			ProcessBuilder builder = new ProcessBuilder(command);
			builder.environment().put("GIT_TERMINAL_PROMPT", "0");
			builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
			Process process;
			try {
				process = builder.start();
			} catch (IOException e) {
				throw new RevisionException(Reason.NO_GIT, file, revision, file + ": reading revision " + shown(revision)
						+ " needs git, which could not be run: " + SafeText.cut(e.getMessage(), QUOTED), e);
			}
			try {
				process.getOutputStream().close();
				ByteArrayOutputStream error = new ByteArrayOutputStream();
				Thread drain = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), error));
				byte[] out = process.getInputStream().readAllBytes();
				int exit = process.waitFor();
				drain.join();
				String firstLine = error.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
				return new Run(exit, out, firstLine);
			} catch (IOException e) {
				throw new RevisionException(Reason.GIT_FAILED, file, revision, file + ": git failed reading revision " + shown(revision)
						+ ": " + SafeText.cut(e.getMessage(), QUOTED), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new RevisionException(Reason.GIT_FAILED, file, revision, file + ": interrupted reading revision " + shown(revision), e);
			} finally {
				process.destroy();
			}
		}

		private static void copy(InputStream in, ByteArrayOutputStream out) {
			try {
				in.transferTo(out);
			} catch (IOException e) {
				// what git said is only quoted: a failure to read it leaves it unquoted
			}
		}
	}
}
