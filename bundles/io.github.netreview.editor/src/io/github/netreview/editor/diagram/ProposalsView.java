package io.github.netreview.editor.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Verification;

/**
 * The ranked segmentation proposals for the active diagram: rank, kind, title, cost and whether verification found it
 * feasible (or which flows it breaks and whom it cuts off). Selecting one previews it on the diagram (nothing in the model changes); Apply makes it one undoable
 * command; Discard clears the preview; Compute works them out again for the network as it is now.
 */
public final class ProposalsView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.proposals";

	private TableViewer table;
	private DiagramEditor editor;
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
				setContentDescription("Applied " + proposal.id() + " (Edit > Undo reverts it). Compute again to see what is left.");
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

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("#", 40, p -> Integer.toString(rank(p)));
		column("Kind", 130, p -> p.kind().name());
		column("Proposal", 420, Proposal::title);
		column("Cost", 360, p -> p.cost().describe());
		column("Verified", 320, ProposalsView::verdict);
		table.addSelectionChangedListener(event -> {
			Proposal proposal = selected();
			apply.setEnabled(proposal != null);
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

	/** Whether the proposal is feasible and, when not, why: flows it breaks, devices it cuts off. */
	static String verdict(Proposal proposal) {
		Verification verification = proposal.verification();
		int cutOff = verification.collateral().size();
		if (proposal.feasible()) {
			return "feasible: removes " + verification.removed().size() + " from the core"
					+ (cutOff == 0 ? "" : ", cuts off " + cutOff + " (allowed)");
		}
		int broken = verification.broken().size() + verification.brokenInferred().size();
		List<String> why = new ArrayList<>();
		if (!verification.effective()) {
			why.add("leaves restricted devices in reach of the core");
		}
		if (broken > 0) {
			why.add("breaks " + broken + " flow(s)");
		}
		if (cutOff > 0) {
			why.add("cuts off " + cutOff + " other device(s)");
		}
		return "INFEASIBLE: " + String.join("; ", why);
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
		asked.computeProposals(proposals -> {
			if (asked == editor && !table.getControl().isDisposed()) {
				table.setInput(proposals);
				setContentDescription(proposals.isEmpty() ? "Nothing is in or reaches the core: no proposal needed."
						: proposals.size() + " verified proposals, best first. Select one to preview it on the diagram.");
			}
		});
	}

	/** The proposals listed. */
	@SuppressWarnings("unchecked")
	public List<Proposal> proposals() {
		Object input = table.getInput();
		return input == null ? List.of() : List.copyOf((List<Proposal>) input);
	}

	/** Selects a proposal as a user would: the diagram previews it. */
	public void select(Proposal proposal) {
		table.setSelection(proposal == null ? StructuredSelection.EMPTY : new StructuredSelection(proposal), true);
	}

	/** Applies the selected proposal, as the Apply button does. */
	public void applySelected() {
		apply.run();
	}

	private void follow(DiagramEditor diagram) {
		if (editor != null && editor.previewed() != null) {
			editor.preview(null);
		}
		editor = diagram;
		if (table != null && !table.getControl().isDisposed()) {
			table.setInput(List.of());
		}
		compute.setEnabled(editor != null);
		if (editor != null) {
			recompute();
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.stop();
		if (editor != null && editor.viewer() != null) {
			editor.preview(null);
		}
		super.dispose();
	}
}
