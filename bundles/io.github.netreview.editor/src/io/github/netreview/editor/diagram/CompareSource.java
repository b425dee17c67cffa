package io.github.netreview.editor.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.io.history.GitRevisions;
import io.github.netreview.model.io.ModelFiles;

/** The other version a diagram is compared with, named by {@code label}: a model file, or a model file at a git revision. */
public record CompareSource(String label, Reader reader) {

	/** Reads the other version; its failures name the file and, where known, the place in it. */
	@FunctionalInterface
	public interface Reader {
		Resource read() throws IOException;
	}

	/** The model file {@code file}, as it is on disk. */
	public static CompareSource file(Path file) {
		return new CompareSource(file.getFileName().toString(), () -> ModelFiles.load(file));
	}

	/** {@code file} as it was at {@code revision} of the git repository it is in ({@code HEAD}, {@code HEAD~1}, a branch, tag or commit). */
	public static CompareSource revision(Path file, String revision) {
		return new CompareSource(file.getFileName() + "@" + revision, () -> GitRevisions.load(file, revision));
	}
}
