package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.analysis.proposals.Verification.FlowStatus;
import io.github.netreview.analysis.proposals.Verification;
import io.github.netreview.io.changes.ChangeRequest.Fact;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;

/** What verification of the changed network showed, as the labelled lines a change request's header lists. */
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
		facts.addAll(deviceLevel(verification));
		return facts;
	}

	/**
	 * The device-level facts: the flows inferred from what each restricted camera reached (kept or broken), the flows
	 * of devices the change takes out of service, and the collateral ("none", or who loses what).
	 */
	private static List<Fact> deviceLevel(Verification verification) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("inferred flows kept", deviceFlows(verification.inferred().stream().filter(flow -> flow.after()).toList())));
		facts.add(new Fact("inferred flows broken", deviceFlows(verification.brokenInferred())));
		List<String> dropped = deviceFlows(verification.dropped());
		if (!dropped.isEmpty()) {
			facts.add(new Fact("flows dropped with the devices taken out of service", dropped));
		}
		List<String> collateral = verification.collateral().stream()
				.map(c -> c.name() + " (" + c.device() + ") loses " + String.join(", ", c.lost().stream().map(l -> l.kind() + " " + l.name()).toList()))
				.toList();
		facts.add(new Fact(verification.collateralAllowed() && !collateral.isEmpty() ? "collateral (allowed with --allow-collateral)" : "collateral",
				collateral.isEmpty() ? List.of("none") : collateral));
		return facts;
	}

	private static List<String> deviceFlows(List<Verification.DeviceFlow> flows) {
		return flows.stream().map(flow -> flow.sourceName() + " -> " + flow.destinationName()).toList();
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
