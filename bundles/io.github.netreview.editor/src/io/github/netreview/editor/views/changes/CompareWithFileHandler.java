package io.github.netreview.editor.views.changes;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.diagram.CompareCommands;
import io.github.netreview.editor.diagram.CompareSource;
import io.github.netreview.editor.diagram.DiagramEditor;

/** Diagram &gt; Compare With &gt; File...: compares the diagram's network with another model file, asked for unless the command's path parameter names it. */
public final class CompareWithFileHandler extends DiagramEditorHandler {

	@Override
	void run(ExecutionEvent event, DiagramEditor editor) {
		Shell shell = editor.getSite().getShell();
		String given = event.getParameter(CompareCommands.PATH);
		String chosen = given != null ? given : ask(shell, EditorInputs.fileOf(editor.getEditorInput()));
		if (chosen == null) {
			return;
		}
		try {
			compare(editor, CompareSource.file(Path.of(chosen)));
		} catch (InvalidPathException e) {
			MessageDialog.openError(shell, "Compare With File", chosen + ": not a file name (" + e.getReason() + ")");
		}
	}

	/** The model file the user picks, starting beside the editor's, or null. */
	private static String ask(Shell shell, Path current) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Compare With File");
		dialog.setFilterExtensions(new String[] { "*.netreview", "*" });
		dialog.setFilterNames(new String[] { "NetReview models (*.netreview)", "All files" });
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		return dialog.open();
	}
}
