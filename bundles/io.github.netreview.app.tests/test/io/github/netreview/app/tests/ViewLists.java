package io.github.netreview.app.tests;

import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IViewPart;

/** A list view's contents and selection, through the selection provider it gives the workbench, and its toolbar buttons. */
final class ViewLists {

	private ViewLists() {
	}

	/** Everything the view lists, whether shown or filtered out, in its own order. */
	@SuppressWarnings("unchecked")
	static <T> List<T> items(IViewPart view) {
		Object input = viewer(view).getInput();
		return input == null ? List.of() : List.copyOf((List<T>) input);
	}

	/** Selects {@code elements} as a click would: the view's selection listeners run. */
	static void select(IViewPart view, List<?> elements) {
		viewer(view).setSelection(new StructuredSelection(elements), true);
	}

	/** Presses the toolbar button labelled {@code text}. */
	static void press(IViewPart view, String text) {
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem action && text.equals(action.getAction().getText())) {
				if (!action.getAction().isEnabled()) {
					throw new AssertionError(text + " on " + view.getTitle() + " is disabled");
				}
				action.getAction().run();
				return;
			}
		}
		throw new AssertionError("no button " + text + " on " + view.getTitle());
	}

	private static StructuredViewer viewer(IViewPart view) {
		return (StructuredViewer) view.getSite().getSelectionProvider();
	}
}
