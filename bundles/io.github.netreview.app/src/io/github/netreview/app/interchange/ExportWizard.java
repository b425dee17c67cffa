package io.github.netreview.app.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

/**
 * File &gt; Export: writes what the active diagram editor shows, as it is now, to a new file off the UI thread, with
 * progress and cancel; a failure stays on the page and writes nothing.
 */
abstract class ExportWizard extends Wizard implements IExportWizard {

	private ExportSource source;
	private ExportPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
		source = active == null ? null : ExportSource.of(active.getActiveEditor());
		setNeedsProgressMonitor(true);
	}

	/** The page's title and description, and the extensions of the files it writes, the first the default. */
	abstract ExportPage createPage(Path initial, String missingSource);

	/** The bytes of the file, made off the UI thread from {@code source}; long work reports to {@code monitor} and stops when it is cancelled. */
	abstract byte[] render(Path target, ExportSource source, IProgressMonitor monitor) throws IOException;

	/** The extension of a default file name, such as ".csv". */
	abstract String extension();

	/** Why this export cannot be made from {@code source}, or null. */
	String unusable(ExportSource source) {
		return null;
	}

	@Override
	public void addPages() {
		Path model = source == null ? null : source.model();
		String base = model == null ? "network" : model.getFileName().toString().replaceFirst("\\.netreview$", "");
		Path folder = model == null || model.toAbsolutePath().getParent() == null ? Path.of(System.getProperty("user.home"))
				: model.toAbsolutePath().getParent();
		page = createPage(folder.resolve(base + extension()), source == null ? "Open a network in the diagram editor first." : unusable(source));
		setWindowTitle(page.getTitle());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.target().toAbsolutePath();
		try {
			getContainer().run(true, true, new ExportRun(monitor -> render(target, source, monitor), target));
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Could not write " + target + ": " + reason(e.getCause()));
		} catch (InterruptedException e) {
			page.setErrorMessage("Export cancelled; nothing written.");
		}
		return false;
	}

	/** Why writing failed, in words (a file system's reason without the path the page already names). */
	private static String reason(Throwable failure) {
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof NoSuchFileException) {
			return "no such folder";
		}
		if (failure instanceof FileSystemException system && system.getReason() != null) {
			return system.getReason();
		}
		return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
	}
}
