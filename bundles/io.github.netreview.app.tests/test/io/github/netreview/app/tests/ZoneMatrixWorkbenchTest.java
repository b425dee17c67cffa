package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.views.zones.ZoneMatrixView;
import io.github.netreview.model.notation.Node;

/**
 * The zone matrix of the headquarters against its intended conduits, used as a reviewer would: cells coloured by
 * state, the full text of a cell on hover, and a click that selects that cell alone and its path on the diagram.
 */
class ZoneMatrixWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void cellsStandAgainstTheConduitsAndAClickSelectsTheViolationsPath() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		ZoneMatrixView view = (ZoneMatrixView) page.showView(ZoneMatrixView.ID);
		flush();
		assertTrue(ZoneTable.cellText(view, "Staff LAN", "Core").startsWith("VIOLATION: "), ZoneTable.cellText(view, "Staff LAN", "Core"));
		assertTrue(ZoneTable.cellText(view, "Staff LAN", "Servers").startsWith("intended: "), ZoneTable.cellText(view, "Staff LAN", "Servers"));
		assertEquals("intended, absent", ZoneTable.cellText(view, "Staff LAN", "CCTV"));
		assertEquals("-", ZoneTable.cellText(view, "CCTV", "Core"), "neither intended nor present");
		assertEquals("itself", ZoneTable.cellText(view, "Core", "Core"));

		Table table = table(view);
		Rectangle staffToServers = cell(table, "Staff LAN", "Servers");
		mouse(table, SWT.MouseMove, staffToServers);
		assertTrue(table.getToolTipText().contains("Staff LAN -> Servers: intended and present"), table.getToolTipText());
		assertTrue(table.getToolTipText().contains("conduit 'Staff use the business services' (DNS, Directory and files, Mail and intranet, SL-T 2)"),
				table.getToolTipText());
		int red = rgb(Display.getCurrent().getSystemColor(SWT.COLOR_RED).getRGB());
		assertEquals(red, rgb(item(table, "Building management").getBackground(column(table, "Staff LAN")).getRGB()), "a violation is red");
		assertTrue(rgb(item(table, "Staff LAN").getBackground(column(table, "Servers")).getRGB()) != red, "an intended cell is not");

		mouse(table, SWT.MouseDown, cell(table, "Building management", "Staff LAN"));
		assertEquals(0, table.getSelectionCount(), "the click marks the cell, not its row");
		assertEquals(rgb(Display.getCurrent().getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB()),
				rgb(item(table, "Building management").getBackground(column(table, "Staff LAN")).getRGB()));
		List<String> selected = new ArrayList<>();
		for (Object part : DiagramProbe.viewer(editor).getSelectedEditParts()) {
			if (((EditPart) part).getModel() instanceof Node node && node.getElement() != null) {
				selected.add(node.getElement().getName());
			}
		}
		assertTrue(selected.containsAll(List.of("diode-01", "core-sw-01")), "the violation's path: " + selected);
		assertTrue(Files.size(Screenshots.ofWorkbench("hq-zone-matrix")) > 10_000);

		mouse(table, SWT.MouseMove, new Rectangle(1, 1, 1, 1));
		assertNull(table.getToolTipText(), "no tooltip off the cells");
	}

	private static Table table(ZoneMatrixView view) {
		view.getSite().getPage().activate(view);
		view.setFocus();
		flush();
		Control focus = Display.getCurrent().getFocusControl();
		assertTrue(focus instanceof Table, "the matrix takes the focus: " + focus);
		return (Table) focus;
	}

	private static TableItem item(Table table, String from) {
		return List.of(table.getItems()).stream().filter(item -> item.getText(0).equals(from)).findFirst().orElseThrow();
	}

	private static int column(Table table, String to) {
		for (int i = 1; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().replace(" (core)", "").equals(to)) {
				return i;
			}
		}
		throw new AssertionError("no column " + to);
	}

	/** Where the cell is once scrolled into view, as a user scrolls before pointing at it. */
	private static Rectangle cell(Table table, String from, String to) {
		table.showColumn(table.getColumn(column(table, to)));
		table.showItem(item(table, from));
		flush();
		return item(table, from).getBounds(column(table, to));
	}

	private static void mouse(Table table, int type, Rectangle at) {
		Event event = new Event();
		event.x = at.x + at.width / 2;
		event.y = at.y + at.height / 2;
		event.button = 1;
		table.notifyListeners(type, event);
		flush();
	}

	private static int rgb(org.eclipse.swt.graphics.RGB rgb) {
		return rgb.red << 16 | rgb.green << 8 | rgb.blue;
	}
}
