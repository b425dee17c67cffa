package io.github.netreview.analysis.proposals;

import java.util.List;

/**
 * Differential reachability of a proposal, judged device by device: the restricted devices whose core paths (or core
 * placement) it removes, those left and those it creates; the required flows before and after (broken when one of
 * their members the change moves can no longer make them); the flows judged for single devices (the restricted
 * devices' inferred flows to their recorders, and required flows for the members the change moves); the devices
 * that lose a zone or segment they reached (collateral), and whether the caller accepts that; and the zone-matrix
 * cells it changes.
 */
public record Verification(List<String> removed, List<String> remaining, List<String> introduced, List<FlowStatus> flows,
		List<ZoneChange> zoneChanges, List<DeviceFlow> deviceFlows, List<Collateral> collateral, boolean collateralAllowed) {

	public Verification {
		removed = List.copyOf(removed);
		remaining = List.copyOf(remaining);
		introduced = List.copyOf(introduced);
		flows = List.copyOf(flows);
		zoneChanges = List.copyOf(zoneChanges);
		deviceFlows = List.copyOf(deviceFlows);
		collateral = List.copyOf(collateral);
	}

	/** A verification without device flows or collateral. */
	public Verification(List<String> removed, List<String> remaining, List<String> introduced, List<FlowStatus> flows,
			List<ZoneChange> zoneChanges) {
		this(removed, remaining, introduced, flows, zoneChanges, List.of(), List.of(), false);
	}

	/** Whether no restricted device reaches or sits in the core afterwards. */
	public boolean effective() {
		return remaining.isEmpty() && introduced.isEmpty();
	}

	/** The required flows that worked before and do not after (for one of their members at least). */
	public List<FlowStatus> broken() {
		return flows.stream().filter(FlowStatus::broken).toList();
	}

	/** The flows inferred from what each restricted camera reached before: its recorders. */
	public List<DeviceFlow> inferred() {
		return deviceFlows.stream().filter(DeviceFlow::inferred).toList();
	}

	/** The inferred flows that worked before and do not after, their source still in service. */
	public List<DeviceFlow> brokenInferred() {
		return deviceFlows.stream().filter(flow -> flow.inferred() && flow.broken()).toList();
	}

	/** The flows of devices the change takes out of service (their last cable or port disabled). */
	public List<DeviceFlow> dropped() {
		return deviceFlows.stream().filter(DeviceFlow::dropped).toList();
	}

	/**
	 * Whether the change can be carried out: it is effective, breaks no required or inferred flow, and cuts no
	 * innocent device off anything unless the caller allowed that.
	 */
	public boolean feasible() {
		return effective() && broken().isEmpty() && brokenInferred().isEmpty() && (collateral.isEmpty() || collateralAllowed);
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

	/**
	 * A flow judged for one device: from {@code source} to {@code destination} (ids and names), whether it worked
	 * before and after, the required flow it is a member's share of (null for a flow inferred from what a restricted
	 * camera reached), and whether the change takes the source out of service (then the flow is dropped, not broken).
	 */
	public record DeviceFlow(String source, String sourceName, String destination, String destinationName, boolean before, boolean after,
			String requiredFlow, boolean outOfService) {

		/** Whether the flow was inferred rather than taken from a required flow. */
		public boolean inferred() {
			return requiredFlow == null;
		}

		/** Whether the flow does not work afterwards though its source is still in service. */
		public boolean broken() {
			return !after && !outOfService;
		}

		/** Whether the flow worked and stops because the change takes its source out of service. */
		public boolean dropped() {
			return before && !after && outOfService;
		}
	}

	/** A device that is not being fixed yet loses zones or segments it reached before (or, a camera, a recorder). */
	public record Collateral(String device, String name, List<Lost> lost) {
		public Collateral {
			lost = List.copyOf(lost);
		}
	}

	/** What a device no longer reaches, by id and name: a "zone", a "segment", or a "device" (a camera's recorder). */
	public record Lost(String kind, String id, String name) {
	}
}
