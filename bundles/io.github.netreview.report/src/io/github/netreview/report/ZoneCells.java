package io.github.netreview.report;

import java.util.stream.Collectors;

import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Zone;

/** The words every report uses for one zone-matrix cell: what gets through, by which devices, under which conduits. */
public final class ZoneCells {

	private ZoneCells() {
	}

	/** What the cell carries: "any service via core-sw-01", or "nothing" when it is absent. */
	public static String traffic(ZoneMatrix.Cell cell) {
		if (!cell.reachable()) {
			return "nothing";
		}
		return cell.services() + (cell.via().isEmpty() ? "" : " via " + cell.via().stream().map(ElementLabels::name).collect(Collectors.joining(", ")));
	}

	/** The conduits that intend the cell, quoted and joined, or an empty string. */
	public static String conduits(ZonePolicy policy, Zone from, Zone to) {
		return policy.conduits(from, to).stream().map(ZoneCells::conduit).collect(Collectors.joining(", "));
	}

	private static String conduit(Conduit conduit) {
		String services = conduit.getServices().isEmpty() ? "any service"
				: conduit.getServices().stream().map(s -> s.getName() == null ? s.getProtocol() + " " + s.getPorts() : s.getName())
						.collect(Collectors.joining(", "));
		return ElementLabels.quotedName(conduit) + " (" + services
				+ (conduit.getSecurityLevel() == null ? "" : ", SL-T " + conduit.getSecurityLevel()) + ")";
	}

	/** The state of the cell in words: its {@link CellState} label, or "present"/"absent" when no policy is stated. */
	public static String state(ZonePolicy policy, ZoneMatrix matrix, Zone from, Zone to) {
		CellState state = policy.state(from, to);
		if (state != null) {
			return state.label();
		}
		return matrix.cell(from, to).reachable() ? "present" : "absent";
	}
}
