package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every test in the real workbench shares: the page, closing editors afterwards, and failing on logged errors. */
abstract class WorkbenchTest {

	WorkbenchLog log;
	IWorkbenchPage page;

	@BeforeEach
	void start() {
		log = new WorkbenchLog();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void stop() {
		page.closeAllEditors(false);
		flush();
		List<String> errors = log.errors();
		log.close();
		assertEquals(List.of(), errors, "the workbench logged errors");
	}

	/** Runs the UI work that is pending. */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run pending UI work
		}
	}
}
