package io.github.netreview.editor.views.proposals;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.analysis.proposals.Verification;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;

/** What verification showed besides the required flows, a row each: core paths, zone cells, inferred flows, collateral. */
public final class VerificationRows {

	static final String NONE = "none";

	private VerificationRows() {
	}

	static List<VerificationRow> of(Verification verification, ElementIds ids) {
		List<VerificationRow> rows = new ArrayList<>();
		if (verification == null) {
			rows.add(new VerificationRow("Re-analysis", "did not run"));
			return rows;
		}
		rows.add(new VerificationRow("Taken off the core", devices(verification.removed(), ids)));
		rows.add(new VerificationRow("Still in or reaching the core", devices(verification.remaining(), ids)));
		rows.add(new VerificationRow("Newly in or reaching the core", devices(verification.introduced(), ids)));
		rows.add(new VerificationRow("Zone-matrix cells changed", zoneChanges(verification, ids)));
		rows.add(new VerificationRow("Inferred flows", join(verification.inferred().stream().map(VerificationRows::flow).toList())));
		rows.add(new VerificationRow("Dropped with devices taken out of service",
				join(verification.dropped().stream().map(VerificationRows::flow).toList())));
		rows.add(new VerificationRow(verification.collateralAllowed() ? "Collateral (allowed)" : "Collateral",
				join(verification.collateral().stream().map(VerificationRows::collateral).toList())));
		return rows;
	}

	private static String flow(Verification.DeviceFlow flow) {
		String state = flow.dropped() ? "dropped" : flow.broken() ? "BROKEN" : !flow.after() ? "did not work before" : flow.before() ? "kept" : "works now";
		return flow.sourceName() + " -> " + flow.destinationName() + ": " + state;
	}

	private static String collateral(Verification.Collateral collateral) {
		return collateral.name() + " loses " + String.join(", ", collateral.lost().stream().map(lost -> lost.kind() + " " + lost.name()).toList());
	}

	private static String devices(List<String> deviceIds, ElementIds ids) {
		return join(deviceIds.stream().map(id -> name(id, ids)).toList());
	}

	private static String zoneChanges(Verification verification, ElementIds ids) {
		return join(verification.zoneChanges().stream().map(change -> name(change.from(), ids) + " -> " + name(change.to(), ids) + ": "
				+ (change.after() ? "now reachable" : "no longer reachable")).toList());
	}

	private static String name(String id, ElementIds ids) {
		return ids.contains(id) ? ElementLabels.name(ids.get(id)) : id;
	}

	private static String join(List<String> items) {
		return items.isEmpty() ? NONE : String.join("; ", items);
	}
}
