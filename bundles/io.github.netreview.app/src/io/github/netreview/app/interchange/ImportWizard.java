package io.github.netreview.app.interchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;

/**
 * File &gt; Import: reads the page's source off the UI thread (progress, cancel), writes a new model file, opens it in the
 * diagram editor and reports what the import left out; a failure stays on the page and writes nothing.
 */
abstract class ImportWizard extends Wizard implements IImportWizard {

	private IWorkbenchWindow window;
	private ImportPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		window = workbench.getActiveWorkbenchWindow();
		setNeedsProgressMonitor(true);
	}

	/** The wizard's one page. */
	abstract ImportPage createPage();

	@Override
	public void addPages() {
		page = createPage();
		setWindowTitle(page.getTitle());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path output = page.output().toAbsolutePath();
		ImportRun run = new ImportRun(page.source(output), output);
		try {
			getContainer().run(true, true, run);
		} catch (InterruptedException e) {
			page.showFailure("Import cancelled; nothing written.", List.of());
			return false;
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof ImportFailure failure) {
				page.showFailure(failure.getMessage(), failure.details());
			} else {
				Throwable cause = e.getCause();
				page.showFailure("Import into " + output + " failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
						: cause.getMessage()) + "; nothing written.", List.of());
			}
			return false;
		}
		open(output);
		new ImportReportDialog(window.getShell(), run.imported()).open();
		return true;
	}

	private void open(Path model) {
		try {
			window.getActivePage().openEditor(new ModelFileInput(model), DiagramEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "Cannot open " + model, e.getMessage());
		}
	}
}
