package io.github.netreview.editor.tree;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.ModelSaving;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;

/**
 * Shows a {@code *.netreview} file as a tree of its elements and saves it atomically. A file that does not load is
 * not an error of the workbench: the editor shows what is wrong with it, where, and leaves it alone.
 */
public class ModelTreeEditor extends EditorPart {

	public static final String ID = "io.github.netreview.editor.modelTree";

	private Resource resource;
	private ModelLoadException loadError;
	private Path file;
	private TreeViewer viewer;
	private boolean dirty;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path path = EditorInputs.fileOf(input);
		if (path == null) {
			throw new PartInitException("NetReview opens model files on a local disk; " + input.getName() + " is not one.");
		}
		setSite(site);
		setInputFile(input, path);
		try {
			resource = ModelFiles.load(path);
		} catch (ModelLoadException e) {
			loadError = e;
			return;
		}
		resource.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					modelChanged(notification.getNotifier());
				}
			}
		});
	}

	private void setInputFile(IEditorInput input, Path path) {
		file = path;
		setInput(input);
		setPartName(path.getFileName().toString());
		setTitleToolTip(path.toString());
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadError != null) {
			LoadErrorPanel.create(parent, loadError);
			return;
		}
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelTreeContentProvider());
		viewer.setLabelProvider(LabelProvider.createTextProvider(ModelTreeLabels::text));
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		getSite().setSelectionProvider(viewer);
	}

	private void modelChanged(Object notifier) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(notifier instanceof Resource ? null : notifier, true);
		}
		setDirty(true);
	}

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** The model being edited, or null when the file did not load. */
	public Resource getResource() {
		return resource;
	}

	/** Why the file did not load, or null when it did. */
	public ModelLoadException getLoadError() {
		return loadError;
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource != null) {
			saveTo(file);
		}
	}

	@Override
	public void doSaveAs() {
		Path chosen = ModelSaving.askSaveAs(getSite().getShell(), file);
		if (chosen != null) {
			saveAs(chosen);
		}
	}

	/** Saves to {@code target} and makes it the editor's file. */
	public void saveAs(Path target) {
		if (saveTo(target)) {
			ModelSaving.moveTo(resource, target);
			setInputFile(new ModelFileInput(target), target);
		}
	}

	private boolean saveTo(Path target) {
		if (!ModelSaving.save(getSite().getShell(), resource, target)) {
			return false;
		}
		setDirty(false);
		return true;
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return resource != null;
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}
}
