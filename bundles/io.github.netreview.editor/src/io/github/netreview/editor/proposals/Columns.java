package io.github.netreview.editor.proposals;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
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
final class Columns {

	/** The widest a column grows to fit its text; wider text is cut with "...", the column can still be dragged wider. */
	static final int WIDEST = 360;
	/** Room beside a header's text for the sort and resize decorations, and beside a cell's text for its margins. */
	private static final int HEADER_PADDING = 18;
	private static final int CELL_PADDING = 12;

	private Columns() {
	}

	/** A table viewer with its header and lines shown, whose rows are the elements of a list. */
	static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
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
		GC gc = new GC(table);
		try {
			for (int c = 0; c < table.getColumnCount(); c++) {
				int width = gc.textExtent(table.getColumn(c).getText()).x + HEADER_PADDING;
				for (TableItem item : table.getItems()) {
					width = Math.max(width, gc.textExtent(item.getText(c)).x + CELL_PADDING);
				}
				table.getColumn(c).setWidth(Math.min(WIDEST, width));
			}
		} finally {
			gc.dispose();
		}
	}
}
