package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.forwarding.FlowReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.matrix.CellState;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Zone;

/** The {@link Rule#CONDUIT_VIOLATION} findings: one per zone-matrix cell that is present but not intended, with a path. */
public final class ConduitViolations {

	private ConduitViolations() {
	}

	/** The violations of {@code policy} in {@code matrix}, each with a shortest example path from {@code forwarding}. */
	public static List<Finding> of(ZoneMatrix matrix, ZonePolicy policy, ForwardingAnalysis forwarding) {
		List<Finding> findings = new ArrayList<>();
		if (!policy.stated()) {
			return findings;
		}
		for (Zone from : matrix.zones()) {
			for (Zone to : matrix.zones()) {
				if (policy.state(from, to) == CellState.PRESENT_NOT_INTENDED) {
					findings.add(violation(from, to, matrix.cell(from, to), forwarding));
				}
			}
		}
		return findings;
	}

	private static Finding violation(Zone from, Zone to, ZoneMatrix.Cell cell, ForwardingAnalysis forwarding) {
		FlowReach reach = forwarding.flow(from, to, forwarding.services().all());
		List<EObject> path = reach.path();
		String via = cell.via().isEmpty() ? "on one layer-2 segment"
				: "through " + String.join(", ", cell.via().stream().map(ElementLabels::name).toList());
		String message = "hosts of " + describe(from) + " can send to " + describe(to) + " (" + cell.services() + ", " + via
				+ "), but no conduit from " + ElementLabels.quotedName(from) + " to " + ElementLabels.quotedName(to)
				+ " intends it";
		return new Finding(Rule.CONDUIT_VIOLATION, message, List.of(from, to), path, cell.services(), List.of(), null);
	}
}
