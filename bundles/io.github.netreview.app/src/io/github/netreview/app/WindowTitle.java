package io.github.netreview.app;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

/** Keeps the window's title naming the file of the active editor ("hq.netreview - NetReview"), or "NetReview" alone. */
final class WindowTitle implements IPartListener2, IPropertyListener {

	static final String PRODUCT = "NetReview";

	private final IWorkbenchWindowConfigurer configurer;

	private WindowTitle(IWorkbenchWindowConfigurer configurer) {
		this.configurer = configurer;
	}

	/** Starts following the editors of {@code configurer}'s window. */
	static void follow(IWorkbenchWindowConfigurer configurer) {
		WindowTitle title = new WindowTitle(configurer);
		configurer.getWindow().getPartService().addPartListener(title);
		title.update();
	}

	/** The title for an editor named {@code file}, or for none when it is null. */
	static String of(String file) {
		return file == null || file.isEmpty() ? PRODUCT : file + " - " + PRODUCT;
	}

	private void update() {
		IWorkbenchWindow window = configurer.getWindow();
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		String title = of(editor == null ? null : editor.getTitle());
		if (!title.equals(configurer.getTitle())) {
			configurer.setTitle(title);
		}
	}

	private void later() {
		update();
		configurer.getWindow().getShell().getDisplay().asyncExec(() -> {
			if (!configurer.getWindow().getShell().isDisposed()) {
				update();
			}
		});
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		if (ref instanceof IEditorReference) {
			ref.addPropertyListener(this);
		}
		later();
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		ref.removePropertyListener(this);
		later();
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		later();
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference ref) {
		later();
	}

	@Override
	public void propertyChanged(Object source, int property) {
		if (property == IWorkbenchPartConstants.PROP_TITLE || property == IWorkbenchPartConstants.PROP_PART_NAME) {
			later();
		}
	}
}
