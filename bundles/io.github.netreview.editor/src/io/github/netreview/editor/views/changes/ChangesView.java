package io.github.netreview.editor.views.changes;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.NetworkDiff;
import io.github.netreview.editor.diagram.Comparison;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.DiagramEditorTracker;
import io.github.netreview.editor.diagram.figures.PreviewColours;

/**
 * What changed between the active diagram's network and the version it is compared with (Diagram &gt; Compare With):
 * the elements added, removed, moved and changed with each old and new value, the findings new, changed, fixed (and,
 * when asked, unchanged), the zone-matrix cells and coverage gaps that changed, a group each. Selecting rows selects
 * and frames on the diagram what shows them (a removed device's ghost included); double-click also goes to the
 * diagram; Stop Comparing clears the comparison. It follows the active diagram editor and updates as its comparison
 * does.
 */
public final class ChangesView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.changes";

	private TreeViewer tree;
	private final ChangeGroups groups = new ChangeGroups();
	private final Map<FindingDelta.Status, Button> statusBoxes = new EnumMap<>(FindingDelta.Status.class);
	private DiagramEditor editor;
	private NetworkDiff listed;
	private final Consumer<Comparison> update = this::show;
	private DiagramEditorTracker tracker;
	private final Action stop = new Action("Stop Comparing") {
		@Override
		public void run() {
			if (editor != null && editor.comparison() != null) {
				editor.comparison().stop();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		createStatusFilter(body);
		tree = new TreeViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(groups);
		column("Change", 170, ChangeRow::change);
		column("Type or rule", 230, ChangeRow::type);
		column("Element or subject", 330, ChangeRow::subject);
		column("Details", 700, ChangeRow::details);
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.addSelectionChangedListener(event -> revealSelected(false));
		tree.addDoubleClickListener(event -> revealSelected(true));
		getSite().setSelectionProvider(tree);
		stop.setToolTipText("Clear the comparison from the diagram and this list");
		stop.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(stop);
		tracker = DiagramEditorTracker.start(getSite().getPage(), this::follow);
	}

	/** "Findings:" and a check box per status with its count; unchanged findings are left out until asked for. */
	private void createStatusFilter(Composite body) {
		Composite bar = new Composite(body, SWT.NONE);
		bar.setLayout(new RowLayout(SWT.HORIZONTAL));
		new Label(bar, SWT.NONE).setText("Findings:");
		for (FindingDelta.Status status : FindingDelta.Status.values()) {
			Button box = new Button(bar, SWT.CHECK);
			box.setSelection(groups.shows(status));
			box.addListener(SWT.Selection, event -> {
				groups.show(status, box.getSelection());
				refresh();
			});
			statusBoxes.put(status, box);
		}
		countStatuses(null);
	}

	/** Labels each status's check box with how many findings have it ("New (2)"). */
	private void countStatuses(NetworkDiff diff) {
		statusBoxes.forEach((status, box) -> box.setText(status.name().charAt(0) + status.name().substring(1).toLowerCase()
				+ (diff == null ? "" : " (" + diff.findings().with(status).size() + ")")));
		statusBoxes.get(FindingDelta.Status.NEW).getParent().getParent().layout(true, true);
	}

	private void column(String title, int width, Function<ChangeRow, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		boolean first = tree.getTree().getColumnCount() == 1;
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ChangeGroups.Group group) {
					return first ? group.label() : "";
				}
				return text.apply((ChangeRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String shown = getText(element);
				return shown == null || shown.isEmpty() ? null : shown;
			}

			@Override
			public Color getForeground(Object element) {
				return first && element instanceof ChangeRow row ? colour(row.change()) : null;
			}
		});
	}

	/** The diagram's colours: green added or fixed, red removed or new, amber changed or moved. */
	private static Color colour(String change) {
		return switch (change) {
		case "ADDED", "FIXED", "CLOSED", "NARROWED" -> PreviewColours.ADDED.get();
		case "REMOVED", "NEW", "OPENED", "WIDENED" -> PreviewColours.REMOVED.get();
		case "MOVED", "CHANGED" -> PreviewColours.CHANGED.get();
		default -> null;
		};
	}

	private void show(Comparison comparison) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		if (comparison.diff() != listed || !comparison.hasResult()) {
			listed = comparison.diff();
			tree.setInput(comparison.hasResult() ? ChangeRows.of(comparison.diff(), comparison.owners()) : List.of());
			tree.expandAll();
			countStatuses(listed);
		}
		setContentDescription(ComparisonSummary.of(comparison));
		stop.setEnabled(comparison.phase() != Comparison.Phase.OFF);
		count();
	}

	private void refresh() {
		tree.refresh();
		tree.expandAll();
		count();
	}

	private void count() {
		@SuppressWarnings("unchecked")
		List<ChangeRow> rows = tree.getInput() == null ? List.of() : (List<ChangeRow>) tree.getInput();
		long shown = rows.stream().filter(groups::shows).count();
		setPartName(listed == null ? "Changes" : "Changes (" + shown + ")");
	}

	private void revealSelected(boolean activate) {
		if (editor == null || editor.comparison() == null) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Object selected : ((IStructuredSelection) tree.getSelection()).toList()) {
			if (selected instanceof ChangeGroups.Group group) {
				group.rows().forEach(row -> ids.addAll(row.ids()));
			} else if (selected instanceof ChangeRow row) {
				ids.addAll(row.ids());
			}
		}
		editor.reveal(ids);
		editor.comparison().frame(ids);
		if (activate) {
			getSite().getPage().activate(editor);
		}
	}

	private void follow(DiagramEditor diagram) {
		if (editor != null && editor.comparison() != null) {
			editor.comparison().removeListener(update);
		}
		editor = diagram;
		if (editor != null && editor.comparison() != null) {
			editor.comparison().addListener(update);
			show(editor.comparison().state());
		} else {
			show(Comparison.OFF);
		}
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.stop();
		follow(null);
		super.dispose();
	}
}
