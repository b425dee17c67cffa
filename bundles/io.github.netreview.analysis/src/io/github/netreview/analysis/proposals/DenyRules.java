package io.github.netreview.analysis.proposals;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Zone;

/** The edits that add filtering: an allow-by-default policy, and a rule denying one device everything to one zone. */
final class DenyRules {

	private DenyRules() {
	}

	static CreateElement allowByDefault(String id, String owner, String name) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("defaultAction", Action.ALLOW.getLiteral());
		return new CreateElement("FirewallPolicy", id, owner, "policy", -1, values);
	}

	/** A rule at {@code position} of {@code policy} on the device {@code filter} denying {@code source} any service to {@code zone}. */
	static CreateElement deny(Device source, Zone zone, String policy, int position, String filter) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Deny " + ElementLabels.name(source) + " to " + ElementLabels.name(zone));
		values.put("action", Action.DENY.getLiteral());
		values.put("source", source.getId());
		values.put("destination", zone.getId());
		return new CreateElement("FirewallRule", "rule-deny-" + source.getId() + "-" + zone.getId() + "-at-" + filter, policy, "rules",
				position, values);
	}
}
