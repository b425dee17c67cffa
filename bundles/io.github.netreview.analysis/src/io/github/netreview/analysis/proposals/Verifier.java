package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Zone;

/** Applies edits to a copy of a network and compares its analysis with the original's; the original is not touched. */
public final class Verifier {

	private final Analyzer analyzer;

	public Verifier(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The copy of {@code network} with {@code edits} made. */
	public static Network applyToCopy(Network network, List<ModelEdit> edits) {
		Network copy = EcoreUtil.copy(network);
		ElementIds ids = ElementIds.of(copy);
		for (ModelEdit edit : edits) {
			edit.apply(ids);
		}
		return copy;
	}

	public Verification verify(Assessment before, List<ModelEdit> edits) {
		Assessment after = Assessment.of(applyToCopy(before.network(), edits), analyzer);
		Set<String> problemsBefore = before.coreProblems();
		Set<String> problemsAfter = after.coreProblems();
		List<String> removed = problemsBefore.stream().filter(id -> !problemsAfter.contains(id)).toList();
		List<String> remaining = problemsBefore.stream().filter(problemsAfter::contains).toList();
		List<String> introduced = problemsAfter.stream().filter(id -> !problemsBefore.contains(id)).toList();
		return new Verification(removed, remaining, introduced, flows(before, after), zoneChanges(before, after));
	}

	private static List<Verification.FlowStatus> flows(Assessment before, Assessment after) {
		Map<String, RequiredFlow> afterById = new HashMap<>();
		after.network().getRequiredFlows().forEach(flow -> afterById.put(flow.getId(), flow));
		List<Verification.FlowStatus> flows = new ArrayList<>();
		for (RequiredFlow flow : before.network().getRequiredFlows()) {
			RequiredFlow counterpart = afterById.get(flow.getId());
			flows.add(new Verification.FlowStatus(flow.getId(), flow.getName(), before.works(flow),
					counterpart != null && after.works(counterpart)));
		}
		return flows;
	}

	private static List<Verification.ZoneChange> zoneChanges(Assessment before, Assessment after) {
		ZoneMatrix old = before.result().zoneMatrix();
		ZoneMatrix now = after.result().zoneMatrix();
		Map<String, Zone> zonesAfter = new HashMap<>();
		now.zones().forEach(zone -> zonesAfter.put(zone.getId(), zone));
		List<Verification.ZoneChange> changes = new ArrayList<>();
		for (Zone from : old.zones()) {
			for (Zone to : old.zones()) {
				boolean was = old.cell(from, to).reachable();
				Zone fromAfter = zonesAfter.get(from.getId());
				Zone toAfter = zonesAfter.get(to.getId());
				boolean is = fromAfter != null && toAfter != null && now.cell(fromAfter, toAfter).reachable();
				if (was != is) {
					changes.add(new Verification.ZoneChange(from.getId(), to.getId(), was, is));
				}
			}
		}
		return changes;
	}
}
