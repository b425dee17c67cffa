package io.github.netreview.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/** Finds the file on disk behind an editor input: the product's own inputs, workspace files and IDE "Open File". */
public final class EditorInputs {

	private EditorInputs() {
	}

	/** The editor input of a workspace file, as the IDE opens it (its findings then also go to the Problems view). */
	public static IEditorInput of(IFile file) {
		return new FileEditorInput(file);
	}

	/** The local file of {@code input}, or null when it is not a local file. */
	public static Path fileOf(IEditorInput input) {
		if (input instanceof ModelFileInput modelFile) {
			return modelFile.file();
		}
		if (input instanceof IPathEditorInput pathInput && pathInput.getPath() != null) {
			return pathInput.getPath().toPath();
		}
		if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			if (uri != null && "file".equals(uri.getScheme())) {
				return Path.of(uri);
			}
		}
		return null;
	}
}
