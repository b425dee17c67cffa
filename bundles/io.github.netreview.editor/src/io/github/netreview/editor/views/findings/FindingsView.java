package io.github.netreview.editor.views.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingDetails;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.DiagramEditorTracker;
import io.github.netreview.editor.diagram.overlay.FindingIds;
import io.github.netreview.editor.diagram.overlay.Overlay;

/**
 * The findings of the diagram being edited, most severe first, for a review meeting: a filter bar (severity, rule,
 * site, vendor, text, grouping), the list (sortable by any column in natural order, each cell's full text on hover,
 * Copy puts the selected rows on the clipboard) and the selected finding's details. Selecting findings selects their
 * elements (the whole path) on the diagram; double-click scrolls there. The title counts what is listed. It follows
 * the active diagram editor and updates with every analysis.
 */
public final class FindingsView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.findings";

	/** How many rows the column widths are measured on. */
	private static final int MEASURED = 200;
	/** Room beside a header's text (sort arrow) and a cell's (margins, the tree's indent in the first column). */
	private static final int HEADER_ROOM = 32;
	private static final int CELL_ROOM = 28;

	private TreeViewer tree;
	private StyledText details;
	private FindingFilterBar filterBar;
	private final FindingGroups groups = new FindingGroups();
	private List<Finding> findings = List.of();
	private DiagramEditor editor;
	private final Consumer<Overlay> update = overlay -> show(overlay.findings());
	private DiagramEditorTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		filterBar = new FindingFilterBar(body, this::refilter);
		SashForm split = new SashForm(body, SWT.HORIZONTAL);
		split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree = new TreeViewer(split, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(groups);
		tree.setUseHashlookup(true);
		for (FindingColumns column : FindingColumns.values()) {
			column(column);
		}
		ColumnViewerToolTipSupport.enableFor(tree);
		details = new StyledText(split, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setMargins(8, 6, 8, 6);
		split.setWeights(new int[] { 70, 30 });
		tree.addSelectionChangedListener(event -> {
			showDetails();
			revealSelected(false);
		});
		tree.addDoubleClickListener(event -> revealSelected(true));
		Action copy = new Action("Copy") {
			@Override
			public void run() {
				copySelectedRows();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		MenuManager menu = new MenuManager();
		menu.add(copy);
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().setSelectionProvider(tree);
		showDetails();
		tracker = DiagramEditorTracker.start(getSite().getPage(), this::follow);
	}

	private void column(FindingColumns column) {
		TreeViewerColumn viewerColumn = new TreeViewerColumn(tree, SWT.LEFT);
		TreeColumn widget = viewerColumn.getColumn();
		widget.setText(column.title);
		widget.setWidth(column.widest / 2);
		widget.setData(column);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof FindingGroups.Group group) {
					return column == FindingColumns.SEVERITY ? group.label() : "";
				}
				return column.text((Finding) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String text = getText(element);
				return text.isEmpty() ? null : text;
			}

			@Override
			public Color getForeground(Object element) {
				return column == FindingColumns.SEVERITY && element instanceof Finding finding ? severityColour(finding) : null;
			}
		});
		widget.addListener(SWT.Selection, event -> sortBy(widget));
	}

	/** Sorts by the column clicked, in natural order; a second click reverses it. */
	private void sortBy(TreeColumn column) {
		org.eclipse.swt.widgets.Tree widget = tree.getTree();
		int direction = widget.getSortColumn() == column && widget.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		widget.setSortColumn(column);
		widget.setSortDirection(direction);
		tree.setComparator(new FindingSort((FindingColumns) column.getData(), direction == SWT.UP));
	}

	private Color severityColour(Finding finding) {
		Display display = tree.getControl().getDisplay();
		return finding.waived() ? display.getSystemColor(SWT.COLOR_DARK_GRAY)
				: finding.severity().atLeast(Severity.ERROR) ? display.getSystemColor(SWT.COLOR_RED) : null;
	}

	private void show(List<Finding> listed) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		findings = List.copyOf(listed);
		filterBar.offer(findings);
		groups.setFilter(filterBar.filter());
		tree.setInput(findings);
		tree.expandAll();
		fitColumns();
		count();
	}

	private void refilter() {
		groups.setFilter(filterBar.filter());
		groups.setGrouping(filterBar.grouping());
		tree.refresh();
		tree.expandAll();
		fitColumns();
		count();
	}

	/**
	 * Each column as wide as its widest text among the first findings listed, up to its limit; measuring every row of
	 * a large campus's thousands would hold up the first overlay.
	 */
	private void fitColumns() {
		List<Finding> sample = findings.stream().filter(filterBar.filter()).limit(MEASURED).toList();
		GC gc = new GC(tree.getTree());
		try {
			for (TreeColumn column : tree.getTree().getColumns()) {
				FindingColumns kind = (FindingColumns) column.getData();
				int width = gc.textExtent(column.getText()).x + HEADER_ROOM;
				for (Finding finding : sample) {
					width = Math.max(width, gc.textExtent(kind.text(finding)).x + CELL_ROOM);
				}
				if (kind == FindingColumns.SEVERITY && filterBar.grouping() != FindingGroups.By.NONE) {
					width = kind.widest; // room for the group labels
				}
				column.setWidth(Math.min(width, kind.widest));
			}
		} finally {
			gc.dispose();
		}
	}

	/** The title counts the findings listed; the description how many of each severity, and how many are waived. */
	private void count() {
		List<Finding> listed = findings.stream().filter(filterBar.filter()).toList();
		int shown = listed.size();
		setPartName(shown == findings.size() ? "Findings (" + findings.size() + ")" : "Findings (" + shown + " of " + findings.size() + ")");
		Map<Severity, Long> bySeverity = new TreeMap<>(Comparator.reverseOrder());
		listed.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
		long waived = listed.stream().filter(Finding::waived).count();
		setContentDescription(bySeverity.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
				.collect(Collectors.joining(", ")) + (waived > 0 ? "; " + waived + " waived" : ""));
	}

	private void showDetails() {
		List<Finding> selected = selectedFindings();
		if (selected.isEmpty()) {
			details.setText("Select a finding to see its message in full, its path hop by hop, the device, the legal basis and any waiver.");
			details.setStyleRanges(new StyleRange[0]);
			return;
		}
		FindingDetails shown = FindingDetails.of(selected.get(0));
		details.setText(shown.text());
		List<StyleRange> titles = new ArrayList<>();
		int offset = 0;
		for (FindingDetails.Section section : shown.sections()) {
			titles.add(new StyleRange(offset, section.title().length(), null, null, SWT.BOLD));
			offset += section.title().length() + 1 + section.lines().stream().mapToInt(line -> line.length() + 3).sum() + 1;
		}
		details.setStyleRanges(titles.toArray(StyleRange[]::new));
	}

	/** The findings selected, a selected group standing for its findings. */
	private List<Finding> selectedFindings() {
		Set<Finding> selected = new LinkedHashSet<>();
		for (Object element : ((IStructuredSelection) tree.getSelection()).toList()) {
			if (element instanceof FindingGroups.Group group) {
				selected.addAll(group.findings());
			} else if (element instanceof Finding finding) {
				selected.add(finding);
			}
		}
		return List.copyOf(selected);
	}

	private void copySelectedRows() {
		List<Finding> selected = selectedFindings();
		if (selected.isEmpty()) {
			return;
		}
		String rows = FindingColumns.header() + "\n" + selected.stream().map(FindingColumns::row).collect(Collectors.joining("\n")) + "\n";
		Clipboard clipboard = new Clipboard(tree.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { rows }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void revealSelected(boolean scroll) {
		if (editor == null) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Finding selected : selectedFindings()) {
			ids.addAll(FindingIds.of(selected));
		}
		editor.reveal(ids);
		if (scroll) {
			getSite().getPage().activate(editor);
		}
	}

	private void follow(DiagramEditor diagram) {
		if (editor != null) {
			editor.removeOverlayListener(update);
		}
		editor = diagram;
		if (editor != null) {
			editor.addOverlayListener(update);
			update.accept(editor.overlay());
		} else {
			show(List.of());
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
