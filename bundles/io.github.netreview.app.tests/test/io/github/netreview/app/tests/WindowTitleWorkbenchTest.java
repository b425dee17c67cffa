package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;

/** The window's title names the file of the active editor, and only the product when none is open. */
class WindowTitleWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void theTitleFollowsTheActiveEditorsFile() throws Exception {
		page.closeAllEditors(false);
		flush();
		assertEquals("NetReview", title(), "no editor open");
		DiagramEditor hq = HeadquartersDiagram.open(page, dir);
		assertEquals("hq.netreview - NetReview", title());
		Path second = Files.copy(HeadquartersDiagram.HQ, dir.resolve("branch.netreview"));
		IEditorPart branch = page.openEditor(new ModelFileInput(second), DiagramEditor.ID);
		flush();
		assertEquals("branch.netreview - NetReview", title(), "the newly opened editor is active");
		page.activate(hq);
		flush();
		assertEquals("hq.netreview - NetReview", title(), "activating the other editor renames the window");
		page.closeEditor(hq, false);
		flush();
		assertEquals("branch.netreview - NetReview", title(), "the remaining editor");
		page.closeEditor(branch, false);
		flush();
		assertEquals("NetReview", title(), "the last editor closed");
	}

	private static String title() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText();
	}
}
