package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The widgets of a path row on a wizard page: a label, the path's text field and a Browse... button. */
final class PathRow {

	private final Text text;

	/**
	 * Adds the row to {@code body}, a three-column grid, holding {@code initial} (or nothing when null) before
	 * {@code changed} is told of edits; {@code browse} is given the text field to fill.
	 */
	PathRow(Composite body, String label, String initial, Runnable changed, Consumer<Text> browse) {
		new Label(body, SWT.NONE).setText(label);
		text = new Text(body, SWT.BORDER);
		if (initial != null) {
			text.setText(initial);
		}
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addListener(SWT.Modify, event -> changed.run());
		Button button = new Button(body, SWT.PUSH);
		button.setText("Browse...");
		button.addListener(SWT.Selection, event -> browse.accept(text));
	}

	/** The path as typed, without surrounding blanks. */
	String typed() {
		return text.getText().strip();
	}

	Path path() {
		return Path.of(typed());
	}
}
