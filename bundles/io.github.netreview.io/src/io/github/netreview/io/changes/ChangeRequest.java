package io.github.netreview.io.changes;

import java.time.LocalDate;
import java.util.List;

/**
 * A change request for one proposal, as a change board reads it: what is changed and why, whether it is feasible and
 * why not, what it costs, what re-analysis showed,
 * the configuration to enter per device, every edit in a vendor-neutral table, and the rollback. Texts from the model
 * are kept as they are; renderers make them safe for their format.
 */
public record ChangeRequest(String network, String networkId, String proposalId, String kind, String title, String rationale,
		LocalDate date, boolean feasible, String status, String cost, List<Fact> verification, List<DeviceConfig> configuration,
		List<ChangeRow> changes, List<DeviceConfig> rollback, List<ChangeRow> rollbackChanges) {

	public ChangeRequest {
		verification = List.copyOf(verification);
		configuration = List.copyOf(configuration);
		changes = List.copyOf(changes);
		rollback = List.copyOf(rollback);
		rollbackChanges = List.copyOf(rollbackChanges);
	}

	/** One line of the verification summary: a label and the items it lists (none when empty). */
	public record Fact(String label, List<String> items) {
		public Fact {
			items = List.copyOf(items);
		}
	}
}
