package io.github.netreview.editor.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.proposals.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Which zone can reach which in the active diagram's network, with the services and the conduits on a witness route.
 * A red cell is a non-core zone reaching a core zone; clicking a cell selects on the diagram the conduits and the
 * paths of the restricted devices behind it.
 */
public final class ZoneMatrixView extends ViewPart {

	public static final String ID = "io.github.netreview.editor.zoneMatrix";

	private Table table;
	private DiagramEditor editor;
	private ZoneMatrix matrix;
	private final Consumer<Overlay> update = overlay -> show(overlay.zoneMatrix());
	private DiagramEditorTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseDown, event -> {
			TableItem item = table.getItem(new Point(event.x, event.y));
			if (item != null) {
				for (int column = 1; column < table.getColumnCount(); column++) {
					if (item.getBounds(column).contains(event.x, event.y)) {
						reveal(table.indexOf(item), column - 1);
					}
				}
			}
		});
		tracker = DiagramEditorTracker.start(getSite().getPage(), this::follow);
	}

	private void show(ZoneMatrix newMatrix) {
		if (table == null || table.isDisposed()) {
			return;
		}
		matrix = newMatrix;
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		TableColumn corner = new TableColumn(table, SWT.LEFT);
		corner.setText("from \\ to");
		corner.setWidth(160);
		for (Zone zone : matrix.zones()) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(zone.getName() + (zone.isCore() ? " (core)" : ""));
			column.setWidth(150);
		}
		Display display = table.getDisplay();
		for (Zone from : matrix.zones()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, from.getName());
			for (int i = 0; i < matrix.zones().size(); i++) {
				Zone to = matrix.zones().get(i);
				ZoneMatrix.Cell cell = matrix.cell(from, to);
				item.setText(i + 1, text(from, to, cell));
				if (cell.reachable() && to.isCore() && !from.isCore()) {
					item.setBackground(i + 1, display.getSystemColor(SWT.COLOR_RED));
					item.setForeground(i + 1, display.getSystemColor(SWT.COLOR_WHITE));
				}
			}
		}
		table.setRedraw(true);
	}

	private static String text(Zone from, Zone to, ZoneMatrix.Cell cell) {
		if (!cell.reachable()) {
			return "-";
		}
		if (from == to) {
			return "itself";
		}
		String via = cell.via().isEmpty() ? "" : " via " + String.join(", ", cell.via().stream().map(Device::getName).toList());
		return cell.services() + via;
	}

	/** The text of a cell, for tests and tooltips. */
	public String cellText(String fromZone, String toZone) {
		for (int row = 0; row < table.getItemCount(); row++) {
			if (table.getItem(row).getText(0).equals(fromZone)) {
				for (int column = 1; column < table.getColumnCount(); column++) {
					if (matrix.zones().get(column - 1).getName().equals(toZone)) {
						return table.getItem(row).getText(column);
					}
				}
			}
		}
		return null;
	}

	/**
	 * Selects on the diagram the conduits of a cell and the core paths of restricted devices behind it: those of
	 * the row's zone, or crossing one of the cell's conduits, that end in the column's zone.
	 */
	public void reveal(int row, int column) {
		if (editor == null || matrix == null || row >= matrix.zones().size() || column >= matrix.zones().size()) {
			return;
		}
		Zone from = matrix.zones().get(row);
		Zone to = matrix.zones().get(column);
		Set<String> ids = new LinkedHashSet<>();
		List<Device> via = matrix.cell(from, to).via();
		via.forEach(device -> ids.add(device.getId()));
		for (Finding finding : editor.overlay().findings()) {
			if (!finding.path().isEmpty() && finding.subject() instanceof Device device && endsIn(finding, to)
					&& (from.getId().equals(zoneId(device)) || finding.path().stream().anyMatch(via::contains))) {
				finding.path().forEach(hop -> add(ids, hop));
			}
		}
		editor.reveal(new ArrayList<>(ids));
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
			show(editor.overlay().zoneMatrix());
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
