package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.analysis.proposals.ElementIds;
import io.github.netreview.analysis.proposals.Verification;
import io.github.netreview.analysis.proposals.Verification.FlowStatus;
import io.github.netreview.io.changes.ChangeRequest.Fact;
import io.github.netreview.model.ElementLabels;

/** What re-analysis of the changed network showed, as the labelled lines a change request's header lists. */
final class VerificationFacts {

	private VerificationFacts() {
	}

	static List<Fact> of(Verification verification, ElementIds ids) {
		List<Fact> facts = new ArrayList<>();
		if (verification == null) {
			facts.add(new Fact("not verified", List.of("re-analysis did not run")));
			return facts;
		}
		facts.add(new Fact("restricted devices taken off the core", names(verification.removed(), ids)));
		facts.add(new Fact("restricted devices still in or reaching the core", names(verification.remaining(), ids)));
		facts.add(new Fact("restricted devices newly in or reaching the core", names(verification.introduced(), ids)));
		facts.add(new Fact("required flows kept", flows(verification, true, true)));
		facts.add(new Fact("required flows broken", flows(verification, true, false)));
		List<String> fixed = flows(verification, false, true);
		if (!fixed.isEmpty()) {
			facts.add(new Fact("required flows that now work", fixed));
		}
		List<String> still = flows(verification, false, false);
		if (!still.isEmpty()) {
			facts.add(new Fact("required flows that did not work before either", still));
		}
		facts.add(new Fact("zone-matrix cells changed", zoneChanges(verification, ids)));
		facts.addAll(later(verification, ids));
		return facts;
	}

	/**
	 * The facts the verification rework adds, each one {@code facts.add(...)}: the flows inferred from the traffic the
	 * model implies (kept and broken), and the collateral ("none", or the devices other than the restricted ones whose
	 * reachability the change alters). Nothing until {@link Verification} carries them.
	 */
	static List<Fact> later(Verification verification, ElementIds ids) {
		return List.of();
	}

	private static List<String> names(List<String> deviceIds, ElementIds ids) {
		return deviceIds.stream().map(id -> ids.contains(id) ? ElementLabels.name(ids.get(id)) + " (" + id + ")" : id).toList();
	}

	private static List<String> flows(Verification verification, boolean before, boolean after) {
		return verification.flows().stream().filter(flow -> flow.before() == before && flow.after() == after).map(FlowStatus::shownName).toList();
	}

	private static List<String> zoneChanges(Verification verification, ElementIds ids) {
		return verification.zoneChanges().stream()
				.map(change -> zone(change.from(), ids) + " -> " + zone(change.to(), ids) + ": "
						+ (change.after() ? "now reachable" : "no longer reachable"))
				.toList();
	}

	private static String zone(String id, ElementIds ids) {
		return ids.contains(id) ? ElementLabels.name(ids.get(id)) : id;
	}
}
