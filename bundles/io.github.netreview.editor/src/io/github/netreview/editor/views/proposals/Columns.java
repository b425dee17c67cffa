package io.github.netreview.editor.views.proposals;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.github.netreview.model.SafeText;

/** Text columns for the details pane's tables: model text shown on one line, columns fitted to what they show. */
public final class Columns {

	/** The widest a column grows to fit its text; wider text is cut with "..." and shown whole on hover, the column can be dragged wider. */
	static final int WIDEST = 360;
	/** Room beside a header's text for the sort and resize decorations, and beside a cell's text for its margins. */
	private static final int HEADER_PADDING = 18;
	private static final int CELL_PADDING = 12;
	/** The narrowest a column with long values is made to let the others fit. */
	private static final int NARROWEST = 80;
	/** Characters beyond which a cell may be cut, so that hovering it shows it whole. */
	private static final int LONG = 24;

	private Columns() {
	}

	/** A table viewer with its header and lines shown, whose rows are the elements of a list. */
	static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/** Adds a column titled {@code title} showing {@code text} of each row, visible on one line. */
	static <T> void add(TableViewer viewer, String title, Class<T> type, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(60);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return SafeText.visible(text.apply(type.cast(element)));
			}

			/** The whole text of a cell too long for its column, which cuts it at {@link Columns#WIDEST}. */
			@Override
			public String getToolTipText(Object element) {
				String shown = getText(element);
				return shown.length() > LONG ? shown : null;
			}
		});
	}

	/** Gives column {@code index} whatever width the table has beyond its other columns, whenever the table is resized. */
	static void stretch(TableViewer viewer, int index) {
		Table table = viewer.getTable();
		table.addListener(SWT.Resize, event -> {
			int others = 0;
			for (int i = 0; i < table.getColumnCount(); i++) {
				others += i == index ? 0 : table.getColumn(i).getWidth();
			}
			table.getColumn(index).setWidth(Math.max(60, table.getClientArea().width - others));
		});
	}

	/**
	 * Fits each column to its header and rows, none wider than {@link #WIDEST}. Measured here rather than by
	 * {@link TableColumn#pack()}, which on GTK never narrows a column once it has been wide.
	 */
	static void fit(TableViewer viewer) {
		Table table = viewer.getTable();
		int[] widths = new int[table.getColumnCount()];
		int[] floors = new int[widths.length];
		GC gc = new GC(table);
		try {
			for (int c = 0; c < widths.length; c++) {
				int width = gc.textExtent(table.getColumn(c).getText()).x + HEADER_PADDING;
				int floor = width;
				for (TableItem item : table.getItems()) {
					int cell = gc.textExtent(item.getText(c)).x + CELL_PADDING;
					width = Math.max(width, cell);
					floor = item.getText(c).length() > LONG ? floor : Math.max(floor, cell);
				}
				widths[c] = Math.min(WIDEST, width);
				floors[c] = Math.min(widths[c], Math.max(floor, NARROWEST));
			}
		} finally {
			gc.dispose();
		}
		shrinkToFit(widths, floors, table.getClientArea().width);
		for (int c = 0; c < widths.length; c++) {
			table.getColumn(c).setWidth(widths[c]);
		}
	}

	/**
	 * Narrows the widest columns to one common width, none below its floor (what its short values need), so that all
	 * fit {@code room} (nothing when the table has no size yet): only long values are cut, and those are shown whole
	 * on hover.
	 */
	private static void shrinkToFit(int[] widths, int[] floors, int room) {
		if (room <= 0 || Arrays.stream(widths).sum() <= room) {
			return;
		}
		int low = 0;
		int high = Arrays.stream(widths).max().orElse(0);
		while (low < high) { // the widest common width at which everything fits
			int level = (low + high + 1) / 2;
			if (widthAt(widths, floors, level) <= room) {
				low = level;
			} else {
				high = level - 1;
			}
		}
		for (int c = 0; c < widths.length; c++) {
			widths[c] = Math.max(floors[c], Math.min(widths[c], low));
		}
	}

	private static int widthAt(int[] widths, int[] floors, int level) {
		int total = 0;
		for (int c = 0; c < widths.length; c++) {
			total += Math.max(floors[c], Math.min(widths[c], level));
		}
		return total;
	}
}
