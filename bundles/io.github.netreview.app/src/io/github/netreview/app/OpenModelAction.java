package io.github.netreview.app;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File &gt; Open: asks for a {@code *.netreview} file and opens it in the model editor. */
final class OpenModelAction extends Action {

	private final IWorkbenchWindow window;

	OpenModelAction(IWorkbenchWindow window) {
		super("&Open...");
		this.window = window;
		setId("io.github.netreview.app.open");
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Network Model");
		dialog.setFilterExtensions(new String[] { "*.netreview", "*" });
		dialog.setFilterNames(new String[] { "NetReview models (*.netreview)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			NetReviewWorkbenchAdvisor.openModel(window, Path.of(chosen));
		}
	}
}
