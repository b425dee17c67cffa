package io.github.netreview.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The NetReview perspective: the model editor area, for now. */
public final class NetReviewPerspective implements IPerspectiveFactory {

	public static final String ID = "io.github.netreview.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
