package io.github.netreview.editor.views.proposals;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import io.github.netreview.io.changes.ChangeRow;

/** The vendor-neutral change table: a row per edit with its device, element, attribute, old and new value. */
public final class ChangeTableViewer {

	private final TableViewer viewer;

	ChangeTableViewer(Composite parent) {
		viewer = Columns.table(parent);
		Columns.add(viewer, "#", ChangeRow.class, row -> Integer.toString(row.edit() + 1));
		Columns.add(viewer, "Device", ChangeRow.class, ChangeRow::device);
		Columns.add(viewer, "Element", ChangeRow.class, ChangeRow::element);
		Columns.add(viewer, "Attribute", ChangeRow.class, ChangeRow::attribute);
		Columns.add(viewer, "Old", ChangeRow.class, ChangeRow::oldValue);
		Columns.add(viewer, "New", ChangeRow.class, ChangeRow::newValue);
		viewer.getTable().addListener(SWT.Resize, event -> Columns.fit(viewer));
		show(List.of());
	}

	void show(List<ChangeRow> rows) {
		viewer.setInput(rows);
		Columns.fit(viewer);
	}

	Table table() {
		return viewer.getTable();
	}
}
