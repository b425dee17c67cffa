package io.github.netreview.analysis.matrix;

import java.util.List;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Zone;

/**
 * Which zone can send to which: for each ordered pair of zones, whether any host of the first reaches the second,
 * with which services, and through which routing devices (conduits) on a witness route.
 */
public record ZoneMatrix(List<Zone> zones, Cell[][] cells) {

	/** Reachability from one zone to another. */
	public record Cell(boolean reachable, String services, List<Device> via) {

		public static final Cell UNREACHABLE = new Cell(false, "no service", List.of());
	}

	public Cell cell(Zone from, Zone to) {
		return cells[zones.indexOf(from)][zones.indexOf(to)];
	}
}
