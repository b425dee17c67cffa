package io.github.netreview.app;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;

/** Opens the *.netreview files dropped on the editor area, each in the diagram editor. */
public final class ModelFileDrop extends DropTargetAdapter {

	private final IWorkbenchWindow window;

	public ModelFileDrop(IWorkbenchWindow window) {
		this.window = window;
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = FileTransfer.getInstance().isSupportedType(event.currentDataType) ? DND.DROP_COPY : DND.DROP_NONE;
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof String[] files) {
			open(files);
		}
	}

	/** Opens the model files among {@code files}; others are not NetReview's and are left alone. */
	public void open(String[] files) {
		for (String file : files) {
			if (file.endsWith(".netreview")) {
				NetReviewWorkbenchAdvisor.openModel(window, Path.of(file));
			}
		}
	}
}
