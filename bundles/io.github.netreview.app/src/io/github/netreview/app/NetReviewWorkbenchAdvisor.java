package io.github.netreview.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;

/** Opens the NetReview perspective and, once the window is up, the files given on the command line. */
final class NetReviewWorkbenchAdvisor extends WorkbenchAdvisor {

	private final List<Path> files;

	NetReviewWorkbenchAdvisor(List<Path> files) {
		this.files = files;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new NetReviewWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return NetReviewPerspective.ID;
	}

	@Override
	public void postStartup() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		for (Path file : files) {
			openModel(window, file);
		}
	}

	/** Opens {@code file} in the model editor, or tells the user why it cannot. */
	static void openModel(IWorkbenchWindow window, Path file) {
		if (!Files.isRegularFile(file)) {
			MessageDialog.openError(window.getShell(), "Cannot open model", file + ": no such file");
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "Cannot open model", e.getMessage());
		}
	}
}
