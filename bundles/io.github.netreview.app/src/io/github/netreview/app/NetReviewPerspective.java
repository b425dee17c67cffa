package io.github.netreview.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.github.netreview.editor.views.changes.ChangesView;
import io.github.netreview.editor.views.findings.FindingsView;
import io.github.netreview.editor.views.proposals.ProposalsView;
import io.github.netreview.editor.views.zones.ZoneMatrixView;

/** The NetReview perspective: the diagram editor area with the Findings, Changes, Proposals and Zone Matrix views below
 * it and the Properties and Outline views to its right. */
public final class NetReviewPerspective implements IPerspectiveFactory {

	public static final String ID = "io.github.netreview.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		IFolderLayout bottom = layout.createFolder("io.github.netreview.app.bottom", IPageLayout.BOTTOM, 0.66f, IPageLayout.ID_EDITOR_AREA);
		bottom.addView(FindingsView.ID);
		bottom.addView(ChangesView.ID);
		bottom.addView(ProposalsView.ID);
		bottom.addView(ZoneMatrixView.ID);
		IFolderLayout right = layout.createFolder("io.github.netreview.app.right", IPageLayout.RIGHT, 0.78f, IPageLayout.ID_EDITOR_AREA);
		right.addView(IPageLayout.ID_PROP_SHEET);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.6f, "io.github.netreview.app.right");
	}
}
