package io.github.netreview.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.github.netreview.model.io.ModelFiles;

/** Saving a model from an editor: Save As's file dialog, and the atomic save that tells the user when it fails. */
public final class ModelSaving {

	private ModelSaving() {
	}

	/** Asks where to save {@code current} as, or null when the user cancels. */
	public static Path askSaveAs(Shell shell, Path current) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.netreview" });
		dialog.setFilterPath(current.getParent().toString());
		dialog.setFileName(current.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** Saves {@code resource} to {@code target} atomically; on failure says why and that the file is unchanged. */
	public static boolean save(Shell shell, Resource resource, Path target) {
		try {
			ModelFiles.save(resource, target);
			return true;
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Save failed", "Could not save " + target + ":\n" + e.getMessage() + "\n\nThe file on disk is unchanged.");
			return false;
		}
	}

	/** Points {@code resource} at {@code target}, after a Save As. */
	public static void moveTo(Resource resource, Path target) {
		resource.setURI(URI.createFileURI(target.toAbsolutePath().toString()));
	}
}
