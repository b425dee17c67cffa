package io.github.netreview.analysis.matrix;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/**
 * The zone matrix judged against the intended zone policy: for each cell, the conduits that mean it to flow and its
 * {@link CellState}. A model without conduits states no policy, and nothing is judged. Traffic within one zone needs
 * no conduit (IEC 62443: a zone's members share its requirements); a conduit from a zone to itself records its services.
 */
public final class ZonePolicy {

	/** The policy of a model without conduits. */
	public static final ZonePolicy NOT_STATED = new ZonePolicy(List.of(), null, null);

	private final List<Zone> zones;
	private final CellState[][] states;
	private final List<List<Conduit>> conduits;

	private ZonePolicy(List<Zone> zones, CellState[][] states, List<List<Conduit>> conduits) {
		this.zones = zones;
		this.states = states;
		this.conduits = conduits;
	}

	/** {@code matrix} judged against the conduits of {@code network}. */
	public static ZonePolicy of(Network network, ZoneMatrix matrix) {
		if (network.getConduits().isEmpty()) {
			return NOT_STATED;
		}
		List<Zone> zones = matrix.zones();
		int n = zones.size();
		List<List<Conduit>> byCell = new ArrayList<>(n * n);
		for (int i = 0; i < n * n; i++) {
			byCell.add(new ArrayList<>());
		}
		for (Conduit conduit : network.getConduits()) {
			int from = zones.indexOf(conduit.getFromZone());
			int to = zones.indexOf(conduit.getToZone());
			if (from >= 0 && to >= 0) {
				byCell.get(from * n + to).add(conduit);
			}
		}
		CellState[][] states = new CellState[n][n];
		for (int from = 0; from < n; from++) {
			for (int to = 0; to < n; to++) {
				boolean present = matrix.cells()[from][to].reachable();
				boolean intended = !byCell.get(from * n + to).isEmpty() || from == to && present;
				states[from][to] = CellState.of(intended, present);
			}
		}
		return new ZonePolicy(zones, states, byCell.stream().map(List::copyOf).toList());
	}

	/** Whether the model states a policy (has at least one conduit), so that cells are judged. */
	public boolean stated() {
		return states != null;
	}

	/** The state of the cell from {@code from} to {@code to}; null when no policy is stated. */
	public CellState state(Zone from, Zone to) {
		return stated() ? states[zones.indexOf(from)][zones.indexOf(to)] : null;
	}

	/** The conduits from {@code from} to {@code to}, empty when none (or no policy is stated). */
	public List<Conduit> conduits(Zone from, Zone to) {
		return stated() ? conduits.get(zones.indexOf(from) * zones.size() + zones.indexOf(to)) : List.of();
	}

	/** How many cells are in {@code state}. */
	public int count(CellState state) {
		int count = 0;
		if (stated()) {
			for (CellState[] row : states) {
				for (CellState cell : row) {
					count += cell == state ? 1 : 0;
				}
			}
		}
		return count;
	}
}
