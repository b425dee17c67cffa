package io.github.netreview.app.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/** A row of a wizard page (label, path, Browse...) for a file to create, with one of the given extensions and not there yet. */
final class NewFileField {

	private final PathRow row;
	private final String[] extensions;

	/** Adds the row to {@code body}, a three-column grid; {@code extensions} such as ".png", the first the default. */
	NewFileField(Composite body, String label, Path initial, Runnable changed, String... extensions) {
		this.extensions = extensions;
		row = new PathRow(body, label, initial.toString(), changed, this::browse);
	}

	Path path() {
		return row.path();
	}

	/** Why the path cannot be written to, or null. */
	String error() {
		String path = row.typed();
		if (path.isEmpty()) {
			return "Choose the file to write.";
		}
		if (Arrays.stream(extensions).noneMatch(e -> path.toLowerCase(Locale.ROOT).endsWith(e))) {
			return "The file must end in " + String.join(" or ", extensions) + ".";
		}
		Path parent = Path.of(path).toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			return parent + ": no such folder.";
		}
		return Files.exists(Path.of(path)) ? path + " exists; choose a new file (nothing is overwritten)." : null;
	}

	private void browse(Text text) {
		FileDialog dialog = new FileDialog(text.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(Arrays.stream(extensions).map(e -> "*" + e).toArray(String[]::new));
		dialog.setOverwrite(false);
		String chosen = dialog.open();
		if (chosen != null) {
			boolean known = Arrays.stream(extensions).anyMatch(e -> chosen.toLowerCase(Locale.ROOT).endsWith(e));
			text.setText(known ? chosen : chosen + extensions[0]);
		}
	}
}
