package io.github.netreview.editor.views.changes;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.github.netreview.editor.diagram.CompareSource;
import io.github.netreview.editor.diagram.DiagramEditor;

/**
 * A Compare With command on the active diagram editor: enabled while one is active, doing nothing when none is. The
 * enablement is read when asked rather than announced, since an announcement makes menus ask again, and so on.
 */
abstract class DiagramEditorHandler extends AbstractHandler {

	@Override
	public boolean isEnabled() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		return enabledFor(page == null ? null : editorOf(page.getActiveEditor()));
	}

	boolean enabledFor(DiagramEditor editor) {
		return editor != null;
	}

	@Override
	public final Object execute(ExecutionEvent event) {
		DiagramEditor editor = editorOf(HandlerUtil.getActiveEditor(event));
		if (editor != null) {
			run(event, editor);
		}
		return null;
	}

	abstract void run(ExecutionEvent event, DiagramEditor editor);

	/** Compares the editor's network with {@code source} and brings the Changes view up, the editor staying active. */
	static void compare(DiagramEditor editor, CompareSource source) {
		editor.comparison().compare(source);
		try {
			editor.getSite().getPage().showView(ChangesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new IllegalStateException("the Changes view is declared by this plug-in", e);
		}
	}

	private static DiagramEditor editorOf(Object part) {
		return part instanceof DiagramEditor editor && editor.comparison() != null ? editor : null;
	}
}
