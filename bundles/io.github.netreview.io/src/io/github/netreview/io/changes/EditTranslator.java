package io.github.netreview.io.changes;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;

/**
 * Sends each edit to what translates its kind of element; whatever no IOS command expresses (zones, sites, an edit
 * of a kind not known here) becomes a comment of the network model's part, never nothing.
 */
final class EditTranslator {

	private EditTranslator() {
	}

	static void translate(ModelEdit edit, int tag, Translation t) {
		if (edit instanceof SetValue set) {
			set(set, tag, t);
		} else if (edit instanceof CreateElement create) {
			create(create, tag, t);
		} else if (edit instanceof DeleteElement delete) {
			delete(delete, tag, t);
		} else {
			untranslated(edit, tag, t);
		}
	}

	private static void set(SetValue set, int tag, Translation t) {
		EObject element = t.either(set.element());
		switch (element) {
		case Interface port -> PortChanges.set(set, port, tag, t);
		case Link link -> LinkChanges.set(set, link, tag, t);
		case Device device -> DeviceChanges.set(set, device, tag, t);
		case FirewallPolicy policy -> AclChanges.setPolicy(set, policy, tag, t);
		case FirewallRule rule -> AclChanges.ruleChanged(rule, set, tag, t);
		case Service service when service.eContainer() instanceof FirewallRule rule -> AclChanges.ruleChanged(rule, set, tag, t);
		case Segment segment -> VlanChanges.set(set, segment, tag, t);
		case null -> untranslated(set, tag, t);
		default -> modelOnly(set, tag, t);
		}
	}

	private static void create(CreateElement create, int tag, Translation t) {
		EObject element = t.inResult(create.id());
		switch (element) {
		case Device device -> DeviceChanges.create(device, tag, t);
		case Interface port -> PortChanges.create(port, tag, t);
		case Link link -> LinkChanges.create(link, tag, t);
		case FirewallPolicy policy -> AclChanges.createPolicy(policy, tag, t);
		case FirewallRule rule -> AclChanges.createRule(rule, tag, t);
		case Service service when service.eContainer() instanceof FirewallRule rule -> AclChanges.ruleChanged(rule, create, tag, t);
		case Segment segment -> VlanChanges.create(segment, tag, t);
		case null -> untranslated(create, tag, t);
		default -> modelOnly(create, tag, t);
		}
	}

	private static void delete(DeleteElement delete, int tag, Translation t) {
		EObject element = t.inBase(delete.element());
		switch (element) {
		case Device device -> DeviceChanges.delete(device, tag, t);
		case Interface port -> PortChanges.delete(port, tag, t);
		case Link link -> LinkChanges.delete(link, tag, t);
		case FirewallPolicy policy -> AclChanges.deletePolicy(policy, tag, t);
		case FirewallRule rule -> AclChanges.deleteRule(rule, tag, t);
		case Service service when service.eContainer() instanceof FirewallRule rule -> AclChanges.ruleChanged(rule, delete, tag, t);
		case Segment segment -> VlanChanges.delete(segment, tag, t);
		case null -> untranslated(delete, tag, t);
		default -> modelOnly(delete, tag, t);
		}
	}

	/** A comment in the network model's part: the edit in words, and that no device is configured for it. */
	static void modelOnly(ModelEdit edit, int tag, Translation t) {
		t.model().note(described(edit, t) + " (in the model only: nothing to enter on a device)", tag);
	}

	/** A comment in the network model's part for an edit this translation does not know how to follow. */
	static void untranslated(ModelEdit edit, int tag, Translation t) {
		t.model().note("NOT TRANSLATED: " + described(edit, t) + ": work out its configuration by hand", tag);
	}

	/** The edit in words as the proposal shows it, or its element's id when even that fails. */
	static String described(ModelEdit edit, Translation t) {
		try {
			return edit.describe(t.baseIds);
		} catch (RuntimeException e) {
			return "an edit of element '" + edit.element() + "'";
		}
	}
}
