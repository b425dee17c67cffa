package io.github.netreview.io.changes;

import java.util.List;

/** The words the renderings of a change request share: the title, section titles, the header's rows, the table's columns. */
final class Wording {

	static final String VERIFICATION = "Verification (re-analysis of the network with the change made)";
	static final String CONFIGURATION = "Configuration (Cisco IOS), per device";
	static final String CHANGES = "Changes (vendor-neutral)";
	static final String ROLLBACK = "Rollback (Cisco IOS), per device";
	static final String ROLLBACK_CHANGES = "Rollback changes (vendor-neutral)";
	static final List<String> COLUMNS = List.of("#", "Device", "Element", "Attribute", "Old", "New");
	static final String NONE = "none";
	/** How much of a value a table cell shows. */
	static final int CELL = 200;

	private Wording() {
	}

	static String title(ChangeRequest request) {
		return "Change request: proposal " + request.proposalId() + " (" + request.kind() + ") for " + request.network();
	}

	/** The header's rows: label and value. */
	static List<List<String>> header(ChangeRequest request) {
		return List.of(List.of("Network", request.network() + " (" + request.networkId() + ")"), List.of("Date", request.date().toString()),
				List.of("Proposal", request.proposalId() + " (" + request.kind() + "): " + request.title()),
				List.of("Rationale", request.rationale() == null ? "" : request.rationale()), List.of("Cost", request.cost()),
				List.of("Status", request.status()));
	}

	/** A row's cells, the edit numbered from 1. */
	static List<String> cells(ChangeRow row) {
		return List.of(Integer.toString(row.edit() + 1), row.device(), row.element(), row.attribute(), row.oldValue(), row.newValue());
	}

	static String items(ChangeRequest.Fact fact) {
		return fact.items().isEmpty() ? NONE : String.join("; ", fact.items());
	}

	/** A device's heading: name, id and what it is. */
	static String heading(DeviceConfig device) {
		return device.modelOnly() ? device.name() + ": " + device.about() : device.name() + " (" + device.id() + "): " + device.about();
	}
}
