package io.github.netreview.analysis.proposals;

/**
 * What a proposal costs, item by item, and the weight proposals are ranked by: one per change, plus
 * {@value #LINK_WEIGHT} per link disabled (an outage risk) and {@value #DEVICE_WEIGHT} per device replaced (new
 * hardware). Broken required flows make a proposal infeasible whatever its weight.
 */
public record Cost(int changes, int rulesAdded, int portsRetagged, int elementsAdded, int linksDisabled, int devicesReplaced,
		int brokenFlows) {

	public static final int LINK_WEIGHT = 2;
	public static final int DEVICE_WEIGHT = 10;

	public int weight() {
		return changes + LINK_WEIGHT * linksDisabled + DEVICE_WEIGHT * devicesReplaced;
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
		item(items, brokenFlows, "required flow broken", "required flows broken");
		return changes + (changes == 1 ? " change" : " changes") + (items.isEmpty() ? "" : " (" + items + ")") + ", weight "
				+ weight();
	}

	private static void item(StringBuilder items, int count, String one, String many) {
		if (count > 0) {
			items.append(items.isEmpty() ? "" : ", ").append(count).append(' ').append(count == 1 ? one : many);
		}
	}
}
