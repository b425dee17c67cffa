package io.github.netreview.model.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.topology.Network;

/**
 * Loads and saves {@code *.netreview} files. Loading never changes the model file; saving writes a temporary file
 * beside the target, forces it to disk, keeps the previous version as {@code FILE.bak} (a hard link, never a partial
 * copy) and renames the new file into place, so an interrupted save leaves either the old or the new model, never a
 * truncated one. Both remove the temporary files that interrupted saves of the model left. A model file is
 * self-contained: loading it never reads another file or URL.
 */
public final class ModelFiles {

	private ModelFiles() {
	}

	/** An empty resource for {@code file}, in a resource set of its own. */
	public static Resource newResource(Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = new NetReviewResourceFactory().createResource(uri);
		new SelfContainedResourceSet().getResources().add(resource);
		return resource;
	}

	/** Loads a model file; its first root must be a network, the others diagrams. */
	public static Resource load(Path file) throws ModelLoadException {
		if (!Files.isRegularFile(file)) {
			throw new ModelLoadException(file, 0, 0, Files.exists(file) ? "not a regular file" : "no such file", null);
		}
		SaveTemporaries.removeStale(file);
		Resource resource = newResource(file);
		try (InputStream in = Files.newInputStream(file)) {
			if (Files.size(file) == 0) {
				throw new ModelLoadException(file, 0, 0, "the file is empty", null);
			}
			resource.load(in, null);
		} catch (ModelLoadException e) {
			throw e;
		} catch (NoSuchFileException e) {
			throw new ModelLoadException(file, 0, 0, "no such file", e);
		} catch (IOException | RuntimeException e) {
			throw failure(file, null, resource, e);
		}
		return checked(file, null, resource);
	}

	/**
	 * Loads {@code content} as what {@code file} holds, such as a version of it from a repository's history, with
	 * every check {@link #load(Path)} makes; nothing is read from disk, neither the file nor any other. {@code file}
	 * names the content in messages and is the resource's URI.
	 */
	public static Resource load(Path file, byte[] content) throws ModelLoadException {
		if (content.length == 0) {
			throw new ModelLoadException(file, 0, 0, "the file is empty", null);
		}
		Resource resource = newResource(file);
		try (InputStream in = new ByteArrayInputStream(content)) {
			resource.load(in, null);
		} catch (IOException | RuntimeException e) {
			throw failure(file, content, resource, e);
		}
		return checked(file, content, resource);
	}

	/** What went wrong loading {@code file} ({@code content}, or the file itself when null), in one line. */
	private static ModelLoadException failure(Path file, byte[] content, Resource resource, Exception e) {
		if (!resource.getErrors().isEmpty() && resource.getErrors().get(0) instanceof Exception first) {
			return LoadErrors.describe(file, content, first);
		}
		return LoadErrors.describe(file, content, e);
	}

	/** {@code resource} once it has passed the checks of a loaded model: no errors, self-contained, a network first. */
	private static Resource checked(Path file, byte[] content, Resource resource) throws ModelLoadException {
		if (!resource.getErrors().isEmpty()) {
			throw LoadErrors.describe(file, content, (Exception) resource.getErrors().get(0));
		}
		LoadErrors.checkSelfContained(file, (NetReviewResource) resource);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Network)) {
			EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			throw new ModelLoadException(file, 0, 0, "the file holds " + (first == null ? "nothing" : "a " + first.eClass().getName())
					+ " where a network was expected", null);
		}
		return resource;
	}

	/** Loads a model file and returns its network. */
	public static Network loadNetwork(Path file) throws ModelLoadException {
		return (Network) load(file).getContents().get(0);
	}

	/**
	 * Saves {@code resource} to {@code file} atomically, keeping the previous file as {@code FILE.bak} and removing
	 * the temporary files of interrupted saves of this model.
	 */
	public static void save(Resource resource, Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		XmlCharacters.check(resource, target);
		SaveTemporaries.removeStale(target);
		Path temporary = SaveTemporaries.reserve(target);
		try {
			createPrivately(temporary);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE), 1 << 16)) {
				resource.save(out, null);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			copyPermissions(target, temporary);
			Backup.keep(target);
			Backup.rename(temporary, target);
			forceDirectory(target.getParent());
		} finally {
			SaveTemporaries.release(temporary);
		}
	}

	/** Where {@link #save} keeps the previous version of {@code file}. */
	public static Path backupOf(Path file) {
		return Backup.of(file);
	}

	/** Gives the new file the permissions of the one it replaces (rw-r--r-- for a new file), not the temporary file's. */
	private static void copyPermissions(Path target, Path temporary) throws IOException {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}

	/** Creates the temporary file readable by its owner alone until it gets the permissions of the file it replaces. */
	private static void createPrivately(Path temporary) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} else {
			Files.createFile(temporary);
		}
	}

	/** Makes the renames in {@code directory} durable where the platform allows it. */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// not every platform can open a directory: the renames are still atomic, only perhaps not yet on disk
		}
	}
}
