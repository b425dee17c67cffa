package io.github.netreview.editor.views.proposals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/** The IOS to enter on each device, read-only in a fixed-width font, with Copy and Save Change Request... beside it. */
public final class ConfigurationSnippet {

	private final StyledText text;
	private final Button copy;
	private final Button save;
	private final Label status;
	private ProposalDetails details;

	ConfigurationSnippet(Composite parent) {
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		new Label(buttons, SWT.NONE).setText("Cisco IOS");
		copy = button(buttons, "Copy", "Copy the configuration to the clipboard");
		copy.addListener(SWT.Selection, event -> copy());
		save = button(buttons, "Save Change Request...", "Save the whole change request as Markdown (.md) or HTML (.html)");
		save.addListener(SWT.Selection, event -> saveWithDialog());
		status = new Label(buttons, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setFont(JFaceResources.getTextFont());
		text.setWrapIndent(indent(4));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		show(null);
	}

	private static Button button(Composite parent, String label, String tip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tip);
		return button;
	}

	/** The width of {@code characters} characters of the fixed-width font: wrapped lines are indented by it. */
	private int indent(int characters) {
		GC gc = new GC(text);
		try {
			return (int) Math.round(characters * gc.getFontMetrics().getAverageCharacterWidth());
		} finally {
			gc.dispose();
		}
	}

	void show(ProposalDetails shown) {
		details = shown;
		text.setText(shown == null ? "" : shown.configuration());
		copy.setEnabled(shown != null);
		save.setEnabled(shown != null);
		status.setText("");
		status.setToolTipText(null);
	}

	/** Puts the configuration on the clipboard, as Copy does. */
	public void copy() {
		if (details == null) {
			return;
		}
		Clipboard clipboard = new Clipboard(text.getDisplay());
		try {
			clipboard.setContents(new Object[] { details.configuration() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		status.setText("Copied " + details.configuration().lines().count() + " lines");
	}

	/** Writes the whole change request to {@code file}: HTML for .html or .htm, Markdown otherwise. */
	public void save(Path file) throws IOException {
		ChangeRequestFiles.write(details.request(), file);
		status.setText("Saved " + file.getFileName());
		status.setToolTipText(file.toAbsolutePath().toString());
	}

	private void saveWithDialog() {
		FileDialog dialog = new FileDialog(text.getShell(), SWT.SAVE);
		dialog.setText("Save Change Request");
		dialog.setFilterExtensions(new String[] { "*.md", "*.html" });
		dialog.setFilterNames(new String[] { "Markdown (*.md)", "HTML page (*.html)" });
		dialog.setFileName(ChangeRequestFiles.suggestedName(details.request()));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			save(Path.of(chosen));
		} catch (IOException e) {
			MessageDialog.openError(text.getShell(), "Save failed", "Could not write " + chosen + ": " + e.getMessage());
		}
	}

	/** The configuration as shown. */
	public String text() {
		return text.getText();
	}
}
