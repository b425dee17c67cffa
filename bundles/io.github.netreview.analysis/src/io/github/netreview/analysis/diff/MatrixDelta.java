package io.github.netreview.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.findings.NaturalOrder;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Zone;

/**
 * The zone-matrix cells whose verdict changed between two versions of a network: whether the first zone reaches the
 * second, with which services, and how that stands against the intended zone policy. Zones are matched by id; a zone
 * only one version has counts, in the other, as reaching nothing and intended by nothing. The routing devices on a
 * cell's witness route are shown, not compared.
 */
public record MatrixDelta(List<CellChange> changes) {

	/**
	 * One cell of one version: whether traffic gets through, its {@link CellState} (null when that version states no
	 * policy), the services, and the ids of the routing devices on a witness route and of the conduits meant for it.
	 */
	public record Cell(boolean present, CellState state, String services, List<String> via, List<String> conduits) {

		public Cell {
			via = List.copyOf(via);
			conduits = List.copyOf(conduits);
		}

		/** Whether the two say the same: present, state and services. */
		boolean sameVerdict(Cell other) {
			return present == other.present && state == other.state && Objects.equals(services, other.services);
		}
	}

	/** A cell from one zone to another (by id and name) whose verdict changed. */
	public record CellChange(String fromId, String fromName, String toId, String toName, Cell before, Cell after) {

		/** Whether the cell's state against the intended zone policy changed (rather than its services alone). */
		public boolean stateChanged() {
			return before.state() != after.state() || before.present() != after.present();
		}
	}

	public MatrixDelta {
		changes = List.copyOf(changes);
	}

	/** The cells of {@code now}'s zone matrix whose verdict differs from {@code base}'s, by the zones' ids in natural order. */
	public static MatrixDelta of(AnalysisResult base, AnalysisResult now) {
		Map<String, Zone> zones = new LinkedHashMap<>();
		base.zoneMatrix().zones().forEach(zone -> zones.put(FindingKey.idOf(zone), zone));
		now.zoneMatrix().zones().forEach(zone -> zones.put(FindingKey.idOf(zone), zone));
		List<String> ids = zones.keySet().stream().sorted(NaturalOrder.INSTANCE).toList();
		Map<String, Zone> baseZones = byId(base.zoneMatrix());
		Map<String, Zone> nowZones = byId(now.zoneMatrix());
		List<CellChange> changes = new ArrayList<>();
		for (String from : ids) {
			for (String to : ids) {
				Cell before = cell(base, baseZones.get(from), baseZones.get(to));
				Cell after = cell(now, nowZones.get(from), nowZones.get(to));
				if (!before.sameVerdict(after)) {
					changes.add(new CellChange(from, ElementLabels.name(zones.get(from)), to, ElementLabels.name(zones.get(to)), before, after));
				}
			}
		}
		return new MatrixDelta(changes);
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/** The cells that became violations (present but not intended). */
	public List<CellChange> newViolations() {
		return changes.stream().filter(change -> change.after().state() == CellState.PRESENT_NOT_INTENDED
				&& change.before().state() != CellState.PRESENT_NOT_INTENDED).toList();
	}

	private static Cell cell(AnalysisResult result, Zone from, Zone to) {
		ZonePolicy policy = result.zonePolicy();
		if (from == null || to == null) {
			return new Cell(false, policy.stated() ? CellState.NEITHER : null, ZoneMatrix.Cell.UNREACHABLE.services(), List.of(), List.of());
		}
		ZoneMatrix.Cell cell = result.zoneMatrix().cell(from, to);
		return new Cell(cell.reachable(), policy.state(from, to), cell.services(), cell.via().stream().map(FindingKey::idOf).toList(),
				policy.conduits(from, to).stream().map(FindingKey::idOf).sorted(NaturalOrder.INSTANCE).toList());
	}

	private static Map<String, Zone> byId(ZoneMatrix matrix) {
		Map<String, Zone> zones = new HashMap<>();
		matrix.zones().forEach(zone -> zones.putIfAbsent(FindingKey.idOf(zone), zone));
		return zones;
	}
}
