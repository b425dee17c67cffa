package io.github.netreview.editor.views.proposals;

import java.util.List;
import java.util.function.Function;

import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.DiagramEditorTracker;
import io.github.netreview.model.topology.Network;

/**
 * The ranked segmentation proposals for the active diagram: rank, title, weight and whether re-analysis found it
 * feasible, beside the selected one's details for a change board (its change table, verification and IOS to copy or
 * save as a change request). Selecting one previews it on the diagram (nothing in the model changes); Apply makes it
 * one undoable command; Discard clears the preview; Compute works them out again for the network as it is now. Undo
 * and Redo here are the followed diagram's.
 */
public final class ProposalsView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.proposals";

	private TableViewer table;
	private ProposalDetailsPane details;
	private DiagramEditor editor;
	/** The copy of the network the listed proposals were worked out for. */
	private Network network;
	private final Action compute = new Action("Compute") {
		@Override
		public void run() {
			recompute();
		}
	};
	private final Action apply = new Action("Apply") {
		@Override
		public void run() {
			Proposal proposal = selected();
			if (editor != null && proposal != null) {
				editor.apply(proposal);
				table.setInput(List.of());
				details.clear("Applied " + proposal.id() + ".");
				setContentDescription(appliedMessage(proposal));
			}
		}
	};
	private final Action discard = new Action("Discard") {
		@Override
		public void run() {
			table.setSelection(StructuredSelection.EMPTY);
			if (editor != null) {
				editor.preview(null);
			}
		}
	};
	private DiagramEditorTracker tracker;

	/** What the view says once {@code proposal} is applied: how to take it back, with what works in this window. */
	private static String appliedMessage(Proposal proposal) {
		return "Applied " + proposal.id() + " as one step: Edit > Undo (Ctrl+Z, or Undo on the toolbar) reverts it. Compute again to see what is left.";
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		table = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("#", 28, p -> Integer.toString(rank(p)));
		column("Proposal", 245, Proposal::title);
		column("Weight", 56, p -> Integer.toString(p.cost().weight()));
		column("Verified", 76, p -> p.feasible() ? "feasible" : "INFEASIBLE");
		details = new ProposalDetailsPane(sash);
		sash.setWeights(26, 74);
		table.addSelectionChangedListener(event -> {
			Proposal proposal = selected();
			apply.setEnabled(proposal != null);
			details.show(network, proposal);
			if (editor != null) {
				editor.preview(proposal);
			}
		});
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(compute);
		toolBar.add(apply);
		toolBar.add(discard);
		apply.setEnabled(false);
		getSite().setSelectionProvider(table);
		tracker = DiagramEditorTracker.start(getSite().getPage(), this::follow);
	}

	private int rank(Proposal proposal) {
		Object input = table.getInput();
		return input instanceof List<?> list ? list.indexOf(proposal) + 1 : 0;
	}

	private void column(String title, int width, Function<Proposal, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Proposal) element);
			}
		});
	}

	private Proposal selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return first instanceof Proposal proposal ? proposal : null;
	}

	/** Works the proposals out again for the followed diagram. */
	public void recompute() {
		if (editor == null) {
			return;
		}
		DiagramEditor asked = editor;
		setContentDescription("Computing proposals...");
		asked.computeProposals((copy, proposals) -> {
			if (asked == editor && !table.getControl().isDisposed()) {
				network = copy;
				table.setInput(proposals);
				setContentDescription(proposals.isEmpty() ? "Nothing is in or reaches the core: no proposal needed."
						: proposals.size() + " verified proposals, best first. Select one to preview it on the diagram and see its change request.");
			}
		});
	}

	/** The pane showing the selected proposal's details. */
	public ProposalDetailsPane details() {
		return details;
	}

	private void follow(DiagramEditor diagram) {
		if (editor != null && editor.previewed() != null) {
			editor.preview(null);
		}
		editor = diagram;
		network = null;
		if (table != null && !table.getControl().isDisposed()) {
			table.setInput(List.of());
			details.show(null, null);
		}
		compute.setEnabled(editor != null);
		forwardUndo();
		if (editor != null) {
			recompute();
		}
	}

	/** Makes the view's Undo and Redo (the toolbar's, Ctrl+Z and Ctrl+Shift+Z) those of the followed diagram. */
	private void forwardUndo() {
		IActionBars bars = getViewSite().getActionBars();
		ActionRegistry actions = editor == null ? null : (ActionRegistry) editor.getAdapter(ActionRegistry.class);
		for (String id : List.of(ActionFactory.UNDO.getId(), ActionFactory.REDO.getId())) {
			bars.setGlobalActionHandler(id, actions == null ? null : actions.getAction(id));
		}
		bars.updateActionBars();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.stop();
		details.dispose();
		if (editor != null) {
			editor.preview(null);
		}
		super.dispose();
	}
}
