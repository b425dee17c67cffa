package io.github.netreview.analysis.proposals;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Zone;

/** The edits that add filtering: an allow-by-default policy, and a rule denying one device everything to one zone. */
final class DenyRules {

	/** The name of the access list a proposal adds to a router or layer-3 switch. */
	static final String ACCESS_LIST = "NETREVIEW-DENY";

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
		return deny(source, zone, policy, position, "rule-deny-" + source.getId() + "-" + zone.getId() + "-at-" + filter, null);
	}

	/**
	 * The rule {@code id} at {@code position} of {@code policy} denying {@code source} any service to {@code zone},
	 * applied inbound on {@code ingress} when not null.
	 */
	static CreateElement deny(Device source, Zone zone, String policy, int position, String id, Interface ingress) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Deny " + ElementLabels.name(source) + " to " + ElementLabels.name(zone));
		values.put("action", Action.DENY.getLiteral());
		values.put("source", source.getId());
		values.put("destination", zone.getId());
		if (ingress != null) {
			values.put("ingress", ingress.getId());
		}
		return new CreateElement("FirewallRule", id, policy, "rules", position, values);
	}
}
