package io.github.netreview.io.changes;

import java.util.List;
import java.util.Set;

import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Network;

/**
 * Policies and rules as extended access lists: a new policy is a new list with its default at the end, applied inbound
 * on the interfaces facing its rules' sources; a new rule is its entries at its place in the list (numbered into the
 * gaps of a list the device already has); removals take out the same lines they added.
 */
final class AclChanges {

	private static final String RESEQUENCE = "ip access-list resequence %s 100 100";
	private static final String RESEQUENCE_V6 = "ipv6 access-list resequence %s 100 100";

	private AclChanges() {
	}

	static void createPolicy(FirewallPolicy policy, int tag, Translation t) {
		Device device = (Device) policy.eContainer();
		if (!configurable(device, "access list " + t.aclNames.of(policy), tag, t)) {
			return;
		}
		DeviceScript script = t.script(device);
		boolean v6 = hasIpv6(policy, t.result);
		String name = t.aclNames.of(policy);
		boolean allow = policy.getDefaultAction() == Action.ALLOW;
		block(script, policy, false, t).close(allow ? "permit ip any any" : IosText.comment("default deny: the list's implicit deny ends it"), tag);
		if (v6) {
			block(script, policy, true, t).close(allow ? "permit ipv6 any any" : IosText.comment("default deny: the list's implicit deny ends it"), tag);
		}
		applied(device, policy, v6, true, tag, t);
		script.note("access list " + name + " (" + Devices.label(policy) + ") is new: its entries deny what the rules deny, then "
				+ (allow ? "allow everything else" : "deny everything else"), tag);
	}

	static void deletePolicy(FirewallPolicy policy, int tag, Translation t) {
		Device device = (Device) policy.eContainer();
		if (device != null && t.deleted.contains(device.getId())) {
			t.script(device).note("access list " + t.aclNames.of(policy) + " goes with the device", tag);
			return;
		}
		if (!configurable(device, "access list " + t.aclNames.of(policy), tag, t)) {
			return;
		}
		boolean v6 = hasIpv6(policy, t.base);
		applied(device, policy, v6, false, tag, t);
		t.script(device).remove("no ip access-list extended " + t.aclNames.of(policy), tag);
		if (v6) {
			t.script(device).remove("no ipv6 access-list " + t.aclNames.ipv6(policy), tag);
		}
	}

	/** Applies (or removes) the list inbound on each interface facing its rules' sources. */
	private static void applied(Device device, FirewallPolicy policy, boolean v6, boolean on, int tag, Translation t) {
		List<Ingress.Port> ports = t.ingress(on).of(device, policy.getRules());
		String no = on ? "" : "no ";
		for (Ingress.Port port : ports) {
			DeviceScript.Block block = t.script(device).port(port.name());
			if (port.note() != null) {
				block.comment(port.note(), tag);
			}
			block.add(no + "ip access-group " + t.aclNames.of(policy) + " in", tag);
			if (v6) {
				block.add(no + "ipv6 traffic-filter " + t.aclNames.ipv6(policy) + " in", tag);
			}
		}
		if (ports.isEmpty()) {
			t.script(device).note((on ? "apply " : "remove ") + t.aclNames.of(policy) + " inbound on the interfaces its rules' sources enter by:"
					+ " the model names none", tag);
		}
	}

	static void createRule(FirewallRule rule, int tag, Translation t) {
		FirewallPolicy policy = (FirewallPolicy) rule.eContainer();
		Device device = (Device) policy.eContainer();
		if (!configurable(device, "rule " + Devices.label(rule), tag, t)) {
			return;
		}
		AclEntries entries = AclEntries.of(rule, t.result);
		int position = policy.getRules().indexOf(rule);
		boolean isNew = t.aclNames.isNew(policy);
		DeviceScript script = t.script(device);
		block(script, policy, false, t).add(position, isNew ? AclBlock.NEW_LIST : linesBefore(policy, position, false, t), entries.lines(false), tag);
		if (!entries.ipv6().isEmpty()) {
			block(script, policy, true, t).add(position, isNew ? AclBlock.NEW_LIST : linesBefore(policy, position, true, t), entries.lines(true),
					tag);
		}
	}

	static void deleteRule(FirewallRule rule, int tag, Translation t) {
		FirewallPolicy policy = (FirewallPolicy) rule.eContainer();
		Device device = (Device) policy.eContainer();
		if (t.deleted.contains(policy.getId()) || device != null && t.deleted.contains(device.getId())) {
			t.script(device).note(Devices.label(rule) + " goes with access list " + t.aclNames.of(policy), tag);
			return;
		}
		if (!configurable(device, "rule " + Devices.label(rule), tag, t)) {
			return;
		}
		AclEntries entries = AclEntries.of(rule, t.base);
		DeviceScript script = t.script(device);
		removeLines(block(script, policy, false, t), entries.lines(false), tag);
		if (!entries.ipv6().isEmpty()) {
			removeLines(block(script, policy, true, t), entries.lines(true), tag);
		}
	}

	/** A rule that stays but changes (its action, ends or service): its old entries out, its new ones in at its place. */
	static void ruleChanged(FirewallRule rule, ModelEdit edit, int tag, Translation t) {
		FirewallRule before = t.inBase(rule.getId()) instanceof FirewallRule r ? r : null;
		FirewallRule after = t.inResult(rule.getId()) instanceof FirewallRule r ? r : null;
		if (before == null || after == null || t.created.contains(rule.getId())) {
			t.script(device(rule)).note("rule " + Devices.label(rule) + ": " + EditTranslator.described(edit, t)
					+ " (its entries above carry it)", tag);
			return;
		}
		Set<String> done = t.rulesRewritten;
		if (!done.add(rule.getId())) {
			t.script(device(rule)).note("rule " + Devices.label(rule) + ": " + EditTranslator.described(edit, t) + " (in its new entries)", tag);
			return;
		}
		deleteRule(before, tag, t);
		createRule(after, tag, t);
	}

	/** A policy's default action or name. */
	static void setPolicy(SetValue set, FirewallPolicy policy, int tag, Translation t) {
		Device device = (Device) policy.eContainer();
		if (!configurable(device, "access list " + t.aclNames.of(policy), tag, t)) {
			return;
		}
		if (!set.feature().equals("defaultAction")) {
			t.script(device).note("access list " + t.aclNames.of(policy) + ": " + set.feature() + " " + t.shown(policy, set.feature(), set.oldValue())
					+ " -> " + t.shown(policy, set.feature(), set.newValue()) + " (in the model only: nothing to enter)", tag);
			return;
		}
		boolean allow = Action.ALLOW.getLiteral().equals(set.newValue());
		AclBlock block = block(t.script(device), policy, false, t);
		if (allow) {
			block.close("permit ip any any", tag);
		} else {
			block.remove("no permit ip any any", tag);
		}
	}

	/** The list block of {@code policy} on the device, IPv4 or IPv6, with its resequencing for numbered insertions. */
	private static AclBlock block(DeviceScript script, FirewallPolicy policy, boolean v6, Translation t) {
		String name = v6 ? t.aclNames.ipv6(policy) : t.aclNames.of(policy);
		String header = v6 ? "ipv6 access-list " + name : "ip access-list extended " + name;
		return script.acl(header, String.format(v6 ? RESEQUENCE_V6 : RESEQUENCE, name), v6);
	}

	private static void removeLines(AclBlock block, List<String> lines, int tag) {
		for (String line : lines) {
			block.remove(line.startsWith("!") ? line : "no " + line, tag);
		}
	}

	/**
	 * How many lines of the device's list precede a new rule at {@code position}: those of the rules of the list before the
	 * change up to the last one that stays and comes before it (a list resequenced 100 apart numbers its i-th line 100i).
	 */
	private static int linesBefore(FirewallPolicy policy, int position, boolean v6, Translation t) {
		String anchor = null;
		for (FirewallRule rule : policy.getRules().subList(0, position)) {
			if (t.inBase(rule.getId()) instanceof FirewallRule && !t.created.contains(rule.getId()) && !t.rulesRewritten.contains(rule.getId())) {
				anchor = rule.getId();
			}
		}
		if (anchor == null || !(t.inBase(anchor) instanceof FirewallRule kept) || !(kept.eContainer() instanceof FirewallPolicy before)) {
			return 0;
		}
		int lines = 0;
		for (FirewallRule rule : before.getRules()) {
			lines += (int) AclEntries.of(rule, t.base).lines(v6).stream().filter(line -> !line.startsWith("!")).count();
			if (rule.getId().equals(anchor)) {
				break;
			}
		}
		return lines;
	}

	private static boolean hasIpv6(FirewallPolicy policy, Network network) {
		return policy.getRules().stream().anyMatch(rule -> !AclEntries.of(rule, network).ipv6().isEmpty());
	}

	/** Whether IOS configures the device; a note says what to do by hand otherwise. */
	private static boolean configurable(Device device, String what, int tag, Translation t) {
		if (Devices.configurable(device)) {
			return true;
		}
		t.script(device).note(what + ": this device takes no IOS commands; set it up by hand", tag);
		return false;
	}

	private static Device device(FirewallRule rule) {
		return rule.eContainer() != null && rule.eContainer().eContainer() instanceof Device device ? device : null;
	}
}
