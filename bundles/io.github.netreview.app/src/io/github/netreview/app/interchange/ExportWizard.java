package io.github.netreview.app.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.model.notation.Diagram;

/** File &gt; Export: writes the diagram open in the active editor, as it is now, to a new file off the UI thread. */
abstract class ExportWizard extends Wizard implements IExportWizard {

	private Diagram diagram;
	private Overlay overlay;
	private Path model;
	private ExportPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = active == null ? null : active.getActiveEditor();
		if (editor instanceof DiagramEditor diagramEditor && diagramEditor.getDiagram() != null) {
			diagram = diagramEditor.getDiagram();
			overlay = diagramEditor.overlay();
			model = editor.getEditorInput() instanceof ModelFileInput input ? input.file() : null;
		}
		setNeedsProgressMonitor(true);
	}

	/** The page's title and description, and the extensions of the files it writes, the first the default. */
	abstract ExportPage createPage(Path initial, String missingSource);

	/** The bytes of the file, made off the UI thread from the diagram and its analysis overlay. */
	abstract byte[] render(Path target, Diagram diagram, Overlay overlay) throws IOException;

	/** The extension of a default file name, such as ".csv". */
	abstract String extension();

	@Override
	public void addPages() {
		String base = model == null ? "network" : model.getFileName().toString().replaceFirst("\\.netreview$", "");
		Path folder = model == null || model.toAbsolutePath().getParent() == null ? Path.of(System.getProperty("user.home"))
				: model.toAbsolutePath().getParent();
		page = createPage(folder.resolve(base + extension()), diagram == null ? "Open a network in the diagram editor first." : null);
		setWindowTitle(page.getTitle());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.target().toAbsolutePath();
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask("Writing " + target, 1);
				try {
					Files.write(target, render(target, diagram, overlay), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Could not write " + target + ": " + e.getCause().getMessage());
		} catch (InterruptedException e) {
			page.setErrorMessage("Export cancelled.");
		}
		return false;
	}
}
