package io.github.netreview.editor.views.zones;

import java.util.stream.Collectors;

import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Zone;

/** The words of one zone-matrix cell: short for the cell itself, in full (state, services, route, conduits) for its tooltip. */
public final class ZoneCellText {

	private ZoneCellText() {
	}

	/** What the cell shows: its state against the policy when one is stated, then what gets through. */
	static String cell(ZonePolicy policy, ZoneMatrix matrix, Zone from, Zone to) {
		ZoneMatrix.Cell cell = matrix.cell(from, to);
		CellState state = policy.state(from, to);
		String traffic = !cell.reachable() ? "-" : from == to ? "itself" : cell.services() + via(cell);
		if (state == null || state == CellState.NEITHER || from == to && state == CellState.INTENDED_AND_PRESENT) {
			return traffic;
		}
		return switch (state) {
		case PRESENT_NOT_INTENDED -> "VIOLATION: " + traffic;
		case INTENDED_NOT_PRESENT -> "intended, absent";
		default -> "intended: " + traffic;
		};
	}

	/** The cell in full, for its tooltip. */
	static String full(ZonePolicy policy, ZoneMatrix matrix, Zone from, Zone to) {
		ZoneMatrix.Cell cell = matrix.cell(from, to);
		StringBuilder text = new StringBuilder(from.getName() + " -> " + to.getName());
		CellState state = policy.state(from, to);
		text.append(state == null ? "" : ": " + state.label());
		text.append(cell.reachable() ? "\ncarries " + cell.services() + via(cell) : "\nnothing gets through");
		for (Conduit conduit : policy.conduits(from, to)) {
			text.append("\nconduit '").append(conduit.getName()).append("' (")
					.append(conduit.getServices().isEmpty() ? "any service"
							: conduit.getServices().stream().map(s -> s.getName()).collect(Collectors.joining(", ")))
					.append(", SL-T ").append(conduit.getSecurityLevel()).append(')');
		}
		if (!policy.stated()) {
			text.append("\n(no conduits in the model: the intended zone policy is not stated)");
		}
		return text.toString();
	}

	private static String via(ZoneMatrix.Cell cell) {
		return cell.via().isEmpty() ? "" : " via " + cell.via().stream().map(Device::getName).collect(Collectors.joining(", "));
	}
}
