package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.github.netreview.editor.views.zones.ZoneMatrixView;

/** The Zone Matrix view's table as a reader sees it: rows by source zone, columns by destination zone; clicks on its cells. */
final class ZoneTable {

	private ZoneTable() {
	}

	/** The text of the cell from {@code fromZone}'s row under {@code toZone}'s column, or null when there is none. */
	static String cellText(ZoneMatrixView view, String fromZone, String toZone) {
		Table table = table(view);
		int column = column(table, toZone);
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(fromZone) && column > 0) {
				return item.getText(column);
			}
		}
		return null;
	}

	/** Clicks the middle of the cell in row {@code row} and zone column {@code zoneColumn} (both from 0). */
	static void click(ZoneMatrixView view, int row, int zoneColumn) {
		Table table = table(view);
		table.showColumn(table.getColumn(zoneColumn + 1));
		table.showItem(table.getItem(row));
		WorkbenchTest.flush();
		Rectangle cell = table.getItem(row).getBounds(zoneColumn + 1);
		Event press = new Event();
		press.button = 1;
		press.x = cell.x + cell.width / 2;
		press.y = cell.y + cell.height / 2;
		table.notifyListeners(SWT.MouseDown, press);
		WorkbenchTest.flush();
	}

	private static int column(Table table, String zone) {
		for (int i = 1; i < table.getColumnCount(); i++) {
			String header = table.getColumn(i).getText();
			if (header.equals(zone) || header.equals(zone + " (core)")) {
				return i;
			}
		}
		return -1;
	}

	private static Table table(ZoneMatrixView view) {
		view.getSite().getPage().activate(view);
		view.setFocus();
		WorkbenchTest.flush();
		return assertInstanceOf(Table.class, Display.getCurrent().getFocusControl(), "the matrix takes the focus");
	}
}
