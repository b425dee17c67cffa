package io.github.netreview.editor.views.changes;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;

import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.diagram.CompareCommands;
import io.github.netreview.editor.diagram.CompareSource;
import io.github.netreview.editor.diagram.DiagramEditor;

/**
 * Diagram &gt; Compare With &gt; Revision...: compares the diagram's network with its file as it was at a git revision
 * (HEAD unless another is typed), asked for unless the command's revision parameter names it.
 */
public final class CompareWithRevisionHandler extends DiagramEditorHandler {

	@Override
	void run(ExecutionEvent event, DiagramEditor editor) {
		Path file = EditorInputs.fileOf(editor.getEditorInput());
		if (file == null) {
			MessageDialog.openError(editor.getSite().getShell(), "Compare With Revision", editor.getTitle() + " is not a file on disk.");
			return;
		}
		String revision = event.getParameter(CompareCommands.REVISION);
		if (revision == null) {
			InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Compare With Revision",
					"The git revision of " + file.getFileName() + " to compare with (HEAD, HEAD~1, a branch, tag or commit):", "HEAD",
					text -> text.isBlank() ? "Type a revision." : null);
			if (dialog.open() != Window.OK) {
				return;
			}
			revision = dialog.getValue().strip();
		}
		compare(editor, CompareSource.revision(file, revision));
	}
}
