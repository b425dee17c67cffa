package io.github.netreview.analysis.proposals;

/**
 * What a proposal costs, item by item, and the weight proposals are ranked by: one per change, plus
 * {@value #LINK_WEIGHT} per link disabled (an outage risk), {@value #DEVICE_WEIGHT} per device replaced (new
 * hardware), {@value #DROPPED_FLOW_WEIGHT} per flow dropped with a device taken out of service, and
 * {@value #COLLATERAL_WEIGHT} per innocent device cut off something it reached (collateral, when allowed at all).
 * Broken required or inferred flows make a proposal infeasible whatever its weight.
 */
public record Cost(int changes, int rulesAdded, int portsRetagged, int elementsAdded, int linksDisabled, int devicesReplaced,
		int brokenFlows, int droppedFlows, int collateralDevices) {

	public static final int LINK_WEIGHT = 2;
	public static final int DEVICE_WEIGHT = 10;
	public static final int DROPPED_FLOW_WEIGHT = 5;
	public static final int COLLATERAL_WEIGHT = 50;

	/** A cost without dropped flows or collateral. */
	public Cost(int changes, int rulesAdded, int portsRetagged, int elementsAdded, int linksDisabled, int devicesReplaced, int brokenFlows) {
		this(changes, rulesAdded, portsRetagged, elementsAdded, linksDisabled, devicesReplaced, brokenFlows, 0, 0);
	}

	public int weight() {
		return changes + LINK_WEIGHT * linksDisabled + DEVICE_WEIGHT * devicesReplaced + DROPPED_FLOW_WEIGHT * droppedFlows
				+ COLLATERAL_WEIGHT * collateralDevices;
	}

	public boolean feasible() {
		return brokenFlows == 0;
	}

	/** The breakdown in words, such as "3 changes (1 rule added, 2 ports retagged), weight 3". */
	public String describe() {
		StringBuilder items = new StringBuilder();
		item(items, rulesAdded, "rule added", "rules added");
		item(items, portsRetagged, "port retagged", "ports retagged");
		item(items, elementsAdded, "element added", "elements added");
		item(items, linksDisabled, "link disabled", "links disabled");
		item(items, devicesReplaced, "device replaced", "devices replaced");
		item(items, brokenFlows, "flow broken", "flows broken");
		item(items, droppedFlows, "flow dropped", "flows dropped");
		item(items, collateralDevices, "innocent device cut off", "innocent devices cut off");
		return changes + (changes == 1 ? " change" : " changes") + (items.isEmpty() ? "" : " (" + items + ")") + ", weight "
				+ weight();
	}

	private static void item(StringBuilder items, int count, String one, String many) {
		if (count > 0) {
			items.append(items.isEmpty() ? "" : ", ").append(count).append(' ').append(count == 1 ? one : many);
		}
	}
}
