package io.github.netreview.io.changes;

import java.util.Locale;

import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * Edits of links: enabling or disabling one shuts or opens the interfaces at both its ends (a note at an end IOS does
 * not configure); moving, adding or removing one is cabling work, said at the devices of its ends.
 */
final class LinkChanges {

	private LinkChanges() {
	}

	static void set(SetValue set, Link link, int tag, Translation t) {
		switch (set.feature()) {
		case "enabled" -> enabled(link, !"false".equals(set.newValue()), tag, t);
		case "endA", "endB" -> recable(set, link, tag, t);
		default -> {
			String change = set.feature() + " " + t.shown(link, set.feature(), set.oldValue()) + " -> " + t.shown(link, set.feature(), set.newValue());
			note(link.getEndA(), Devices.label(link) + ": " + change + " (cabling or records; nothing to enter)", tag, t);
			note(link.getEndB(), Devices.label(link) + ": " + change + " (cabling or records; nothing to enter)", tag, t);
		}
		}
	}

	/** Shuts (or opens) both ends of the link, each saying which link and far end it is. */
	private static void enabled(Link link, boolean enabled, int tag, Translation t) {
		String what = enabled ? "enabled" : "disabled";
		for (Interface end : new Interface[] { link.getEndA(), link.getEndB() }) {
			Interface far = end == link.getEndA() ? link.getEndB() : link.getEndA();
			String about = Devices.label(link) + " to " + Devices.port(far) + " " + what;
			if (end == null) {
				continue;
			}
			if (Devices.configurable(end.getDevice())) {
				t.script(end.getDevice()).port(end.getName()).comment(about, tag).addAll(IosCommands.enabled(enabled), tag);
			} else {
				t.script(end.getDevice()).note("interface " + IosText.shown(end.getName()) + ": " + about + ": "
						+ (Devices.configurable(far == null ? null : far.getDevice()) ? (enabled ? "opened" : "shut") + " at the far end, nothing to enter here"
								: (enabled ? "plug the cable in" : "unplug the cable")), tag);
			}
		}
	}

	/** An end moves to another interface: unplug at the old one, plug into the new one. */
	private static void recable(SetValue set, Link link, int tag, Translation t) {
		Interface old = t.either(set.oldValue()) instanceof Interface port ? port : null;
		Interface now = t.either(set.newValue()) instanceof Interface port ? port : null;
		Interface fixed = set.feature().equals("endA") ? link.getEndB() : link.getEndA();
		String moved = Devices.label(link);
		if (old != null) {
			note(old, "recable: the cable from " + Devices.port(fixed) + " leaves " + IosText.shown(old.getName()) + " for " + Devices.port(now)
					+ " (" + moved + ")", tag, t);
		}
		if (now != null) {
			note(now, "recable: the cable from " + Devices.port(fixed) + " comes to " + IosText.shown(now.getName()) + " from "
					+ Devices.port(old) + " (" + moved + ")", tag, t);
		}
		if (old == null && now == null) {
			t.model().note(moved + ": " + t.shown(link, set.feature(), set.oldValue()) + " -> " + t.shown(link, set.feature(), set.newValue()) + ": recable by hand", tag);
		}
	}

	static void create(Link link, int tag, Translation t) {
		String about = Devices.label(link) + ", " + link.getMedium().getLiteral().toLowerCase(Locale.ROOT);
		note(link.getEndA(), "cable " + IosText.shown(name(link.getEndA())) + " to " + Devices.port(link.getEndB()) + " (" + about + ")", tag, t);
		note(link.getEndB(), "cable " + IosText.shown(name(link.getEndB())) + " to " + Devices.port(link.getEndA()) + " (" + about + ")", tag, t);
	}

	static void delete(Link link, int tag, Translation t) {
		note(link.getEndA(), "unplug the cable from " + IosText.shown(name(link.getEndA())) + " to " + Devices.port(link.getEndB()) + " ("
				+ Devices.label(link) + ")", tag, t);
		note(link.getEndB(), "unplug the cable from " + IosText.shown(name(link.getEndB())) + " to " + Devices.port(link.getEndA()) + " ("
				+ Devices.label(link) + ")", tag, t);
	}

	/** A note at the device of {@code end} (the model's part when the link has no such end). */
	private static void note(Interface end, String text, int tag, Translation t) {
		Device device = end == null ? null : end.getDevice();
		t.script(device).note(text, tag);
	}

	private static String name(Interface end) {
		return end == null ? "?" : end.getName();
	}
}
