package io.github.netreview.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.github.netreview.editor.diagram.FindingsView;

/** The NetReview perspective: the diagram editor area with the Findings view below it. */
public final class NetReviewPerspective implements IPerspectiveFactory {

	public static final String ID = "io.github.netreview.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(FindingsView.ID, IPageLayout.BOTTOM, 0.72f, IPageLayout.ID_EDITOR_AREA);
	}
}
