package io.github.netreview.app.interchange;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/** A row of a wizard page (label, path, Browse...) for an existing file or folder to read. */
final class SourceField {

	private final PathRow row;
	private final boolean folder;
	private final String filter;

	/** Adds the row to {@code body}, a three-column grid; {@code filter} such as "*.csv" for a file, ignored for a folder. */
	SourceField(Composite body, String label, boolean folder, String filter, Runnable changed) {
		this.folder = folder;
		this.filter = filter;
		row = new PathRow(body, label, null, changed, this::browse);
	}

	Path path() {
		return row.path();
	}

	/** Why the path cannot be read from, or null. */
	String error() {
		String path = row.typed();
		if (path.isEmpty()) {
			return folder ? "Choose the folder to read." : "Choose the file to read.";
		}
		if (folder ? !Files.isDirectory(Path.of(path)) : !Files.isRegularFile(Path.of(path))) {
			return path + ": no such " + (folder ? "folder." : "file.");
		}
		return null;
	}

	private void browse(Text text) {
		String chosen;
		if (folder) {
			chosen = new DirectoryDialog(text.getShell()).open();
		} else {
			FileDialog dialog = new FileDialog(text.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { filter, "*" });
			chosen = dialog.open();
		}
		if (chosen != null) {
			text.setText(chosen);
		}
	}
}
