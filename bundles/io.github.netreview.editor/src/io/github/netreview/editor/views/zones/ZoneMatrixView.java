package io.github.netreview.editor.views.zones;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.DiagramEditorTracker;
import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Which zone can reach which in the active diagram's network, with the services and the devices on a witness route,
 * judged against the intended zone policy when the model has conduits: red present but not intended (a violation),
 * green intended and present, amber intended but absent. Without conduits a red cell is a non-core zone reaching a
 * core zone. Each cell shows its full text on hover; clicking one selects on the diagram the devices and paths behind
 * it (its violation's path, and the core paths of the restricted devices behind it) and marks that cell alone.
 */
public final class ZoneMatrixView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.zoneMatrix";

	/** The widest a column is packed to; the whole text of a cell shows on hover. */
	private static final int WIDEST = 260;
	private static final Color INTENDED = new Color(214, 245, 214);
	private static final Color ABSENT = new Color(255, 224, 160);

	private Table table;
	private DiagramEditor editor;
	private ZoneMatrix matrix;
	private ZonePolicy policy = ZonePolicy.NOT_STATED;
	private int[] clicked;
	private final Consumer<Overlay> update = overlay -> show(overlay.zoneMatrix(), overlay.zonePolicy());
	private DiagramEditorTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseDown, event -> {
			int[] cell = cellAt(event.x, event.y);
			if (cell != null) {
				reveal(cell[0], cell[1]);
			}
		});
		table.addListener(SWT.MouseMove, event -> {
			int[] cell = cellAt(event.x, event.y);
			String tip = cell == null ? null : ZoneCellText.full(policy, matrix, matrix.zones().get(cell[0]), matrix.zones().get(cell[1]));
			if (!Objects.equals(tip, table.getToolTipText())) {
				table.setToolTipText(tip);
			}
		});
		tracker = DiagramEditorTracker.start(getSite().getPage(), this::follow);
	}

	/** The {row, column} of the zone cell at a point of the table, or null off the cells. */
	private int[] cellAt(int x, int y) {
		TableItem item = table.getItem(new Point(x, y));
		if (item == null || matrix == null) {
			return null;
		}
		for (int column = 1; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(x, y)) {
				return new int[] { table.indexOf(item), column - 1 };
			}
		}
		return null;
	}

	private void show(ZoneMatrix newMatrix, ZonePolicy newPolicy) {
		if (table == null || table.isDisposed()) {
			return;
		}
		matrix = newMatrix;
		policy = newPolicy;
		clicked = null;
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		TableColumn corner = new TableColumn(table, SWT.LEFT);
		corner.setText("from \\ to");
		for (Zone zone : matrix.zones()) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(zone.getName() + (zone.isCore() ? " (core)" : ""));
		}
		for (Zone from : matrix.zones()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, from.getName());
			for (int i = 0; i < matrix.zones().size(); i++) {
				item.setText(i + 1, ZoneCellText.cell(policy, matrix, from, matrix.zones().get(i)));
			}
		}
		colour();
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.min(column.getWidth(), WIDEST));
		}
		table.setRedraw(true);
	}

	/** Colours every cell by its state, the clicked cell in the selection's colours. */
	private void colour() {
		Display display = table.getDisplay();
		for (int row = 0; row < table.getItemCount(); row++) {
			TableItem item = table.getItem(row);
			Zone from = matrix.zones().get(row);
			for (int i = 0; i < matrix.zones().size(); i++) {
				Zone to = matrix.zones().get(i);
				CellState state = policy.state(from, to);
				boolean violation = state == null ? matrix.cell(from, to).reachable() && to.isCore() && !from.isCore()
						: state == CellState.PRESENT_NOT_INTENDED;
				Color background = violation ? display.getSystemColor(SWT.COLOR_RED)
						: state == CellState.INTENDED_AND_PRESENT && from != to ? INTENDED
								: state == CellState.INTENDED_NOT_PRESENT ? ABSENT : null;
				Color foreground = violation ? display.getSystemColor(SWT.COLOR_WHITE) : null;
				if (clicked != null && clicked[0] == row && clicked[1] == i) {
					background = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
					foreground = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
				}
				item.setBackground(i + 1, background);
				item.setForeground(i + 1, foreground);
			}
		}
	}

	/**
	 * Selects on the diagram the conduits of a cell and the core paths of restricted devices behind it: those of
	 * the row's zone, or crossing one of the cell's conduits, that end in the column's zone.
	 */
	private void reveal(int row, int column) {
		if (editor == null || matrix == null || row >= matrix.zones().size() || column >= matrix.zones().size()) {
			return;
		}
		Zone from = matrix.zones().get(row);
		Zone to = matrix.zones().get(column);
		clicked = new int[] { row, column };
		table.deselectAll();
		colour();
		Set<String> ids = new LinkedHashSet<>();
		List<Device> via = matrix.cell(from, to).via();
		via.forEach(device -> ids.add(device.getId()));
		for (Finding finding : editor.overlay().findings()) {
			if (!finding.path().isEmpty() && finding.subject() instanceof Device device && endsIn(finding, to)
					&& (from.getId().equals(zoneId(device)) || finding.path().stream().anyMatch(via::contains))) {
				finding.path().forEach(hop -> add(ids, hop));
			}
			if (finding.rule() == Rule.CONDUIT_VIOLATION && finding.elements().size() == 2 && sameZone(finding.elements().get(0), from)
					&& sameZone(finding.elements().get(1), to)) {
				finding.path().forEach(hop -> add(ids, hop));
			}
		}
		editor.reveal(new ArrayList<>(ids));
	}

	private static boolean sameZone(EObject element, Zone zone) {
		return element instanceof Zone other && other.getId().equals(zone.getId());
	}

	private static String zoneId(Device device) {
		return device.getZone() == null ? null : device.getZone().getId();
	}

	private static boolean endsIn(Finding finding, Zone zone) {
		EObject last = finding.path().get(finding.path().size() - 1);
		return last instanceof Segment segment && segment.getZone() != null && zone.getId().equals(segment.getZone().getId());
	}

	private static void add(Set<String> ids, EObject element) {
		String id = ElementIds.idOf(element);
		if (id != null) {
			ids.add(id);
		}
	}

	private void follow(DiagramEditor diagram) {
		if (editor != null) {
			editor.removeOverlayListener(update);
		}
		editor = diagram;
		if (editor != null) {
			editor.addOverlayListener(update);
			show(editor.overlay().zoneMatrix(), editor.overlay().zonePolicy());
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		tracker.stop();
		follow(null);
		super.dispose();
	}
}
