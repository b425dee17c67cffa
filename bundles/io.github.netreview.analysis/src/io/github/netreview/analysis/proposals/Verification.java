package io.github.netreview.analysis.proposals;

import java.util.List;

/**
 * Differential reachability of a proposal: the restricted devices whose core paths (or core placement) it removes,
 * those left and those it creates, the required flows before and after, and the zone-matrix cells it changes.
 */
public record Verification(List<String> removed, List<String> remaining, List<String> introduced, List<FlowStatus> flows,
		List<ZoneChange> zoneChanges) {

	public Verification {
		removed = List.copyOf(removed);
		remaining = List.copyOf(remaining);
		introduced = List.copyOf(introduced);
		flows = List.copyOf(flows);
		zoneChanges = List.copyOf(zoneChanges);
	}

	/** Whether no restricted device reaches or sits in the core afterwards. */
	public boolean effective() {
		return remaining.isEmpty() && introduced.isEmpty();
	}

	/** The required flows that worked before and do not after. */
	public List<FlowStatus> broken() {
		return flows.stream().filter(FlowStatus::broken).toList();
	}

	/** One required flow, by id and name, and whether it worked before and after. */
	public record FlowStatus(String id, String name, boolean before, boolean after) {
		public boolean broken() {
			return before && !after;
		}

		/** The flow's name, or its id when it has none. */
		public String shownName() {
			return name == null || name.isBlank() ? id : name;
		}
	}

	/** A zone-matrix cell that a proposal changes: whether {@code from} reaches {@code to} before and after. */
	public record ZoneChange(String from, String to, boolean before, boolean after) {
	}
}
