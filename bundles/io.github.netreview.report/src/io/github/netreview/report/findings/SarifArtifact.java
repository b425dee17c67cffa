package io.github.netreview.report.findings;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

/**
 * The model file as a SARIF log names it: a URI relative to a source root (the {@value #SRCROOT} base, whose file URI
 * the log gives), so that code scanning finds the file in the repository wherever it was checked out.
 *
 * @param model    the model file as given (its lines are read from there)
 * @param root     the source root, a real path
 * @param relative the model's path under {@code root}, with forward slashes
 */
public record SarifArtifact(Path model, Path root, String relative) {

	/** The base the model's URI is relative to, as GitHub code scanning and the SARIF spec name a repository's root. */
	public static final String SRCROOT = "%SRCROOT%";

	/** The model under the git work tree that holds it (the nearest folder with a {@code .git}), else under its own folder. */
	public static SarifArtifact of(Path model) {
		Path file = real(model);
		Path folder = file.getParent();
		for (Path at = folder; at != null; at = at.getParent()) {
			if (Files.exists(at.resolve(".git"))) {
				return new SarifArtifact(model, at, slashed(at, file));
			}
		}
		return new SarifArtifact(model, folder, slashed(folder, file));
	}

	/**
	 * The model under {@code root}.
	 *
	 * @throws IllegalArgumentException naming both when {@code root} is no folder or the model is not inside it
	 */
	public static SarifArtifact of(Path model, Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalArgumentException(root + ": " + (Files.exists(root) ? "not a directory" : "no such directory"));
		}
		Path folder = real(root);
		Path file = real(model);
		if (!file.startsWith(folder) || file.equals(folder)) {
			throw new IllegalArgumentException(model + " is not inside " + root + (folder.toString().equals(root.toString()) ? "" : " (" + folder + ")"));
		}
		return new SarifArtifact(model, folder, slashed(folder, file));
	}

	/** The model's artifact location: its URI reference relative to {@value #SRCROOT}. */
	JsonObject location() {
		JsonObject location = new JsonObject();
		location.addProperty("uri", uri());
		location.addProperty("uriBaseId", SRCROOT);
		return location;
	}

	/** The run's {@code originalUriBaseIds}: {@value #SRCROOT} as the root's file URI (ending in a slash, as SARIF requires). */
	JsonObject originalUriBaseIds() {
		String uri = root.toUri().toASCIIString();
		JsonObject base = new JsonObject();
		base.addProperty("uri", uri.endsWith("/") ? uri : uri + "/");
		JsonObject bases = new JsonObject();
		bases.add(SRCROOT, base);
		return bases;
	}

	/**
	 * The run's automation id, which GitHub code scanning takes for the category its alerts are kept under:
	 * {@code netreview/COMMAND/PATH/}, so that two models of one repository (or check and propose) never replace
	 * each other's alerts.
	 */
	public String automationId(String command) {
		return "netreview/" + command + "/" + relative + "/";
	}

	/** The model's path as a relative URI reference: forward slashes, spaces and the like percent-encoded, never read as a scheme. */
	String uri() {
		String path = relative.indexOf(':') >= 0 && relative.indexOf(':') < (relative + "/").indexOf('/') ? "./" + relative : relative;
		try {
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalStateException("a path with no scheme or authority is a URI reference: " + path, e);
		}
	}

	private static String slashed(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/** {@code path} with its links resolved where it exists, else made absolute and normal. */
	private static Path real(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}
}
