package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * Edits of devices: a new make or model is a replacement (a note with what the new unit takes over), a new device is
 * an installation, a removed one a removal; {@code hostname} and {@code ip routing} are commands; zone, site and
 * inventory fields live in the model only.
 */
final class DeviceChanges {

	private DeviceChanges() {
	}

	static void set(SetValue set, Device device, int tag, Translation t) {
		DeviceScript script = t.script(device);
		String change = set.feature() + " " + t.shown(device, set.feature(), set.oldValue()) + " -> " + t.shown(device, set.feature(), set.newValue());
		switch (set.feature()) {
		case "manufacturer", "model" -> replace(set, device, script, change, tag, t);
		case "routing" -> {
			if (Devices.configurable(device) || "true".equals(set.newValue())) {
				script.global("true".equals(set.newValue()) ? "ip routing" : "no ip routing", tag);
			} else {
				script.note(change + " (it no longer routes: nothing to enter)", tag);
			}
		}
		case "name" -> {
			if (Devices.configurable(device) && set.newValue() != null) {
				script.global("hostname " + IosText.token(set.newValue(), "host-", 63), tag);
			} else {
				script.note("renamed: " + change + ": set the name on the device itself", tag);
			}
		}
		default -> script.note(change + " (in the model only: nothing to enter)", tag);
		}
	}

	/** A new make or model: replace the unit, and say what the new one takes over and what its old MACs were used for. */
	private static void replace(SetValue set, Device device, DeviceScript script, String change, int tag, Translation t) {
		script.note("REPLACE this " + role(device) + ": " + change, tag);
		List<String> ports = new ArrayList<>();
		for (Interface card : device.getInterfaces()) {
			String cabled = cabledTo(card, t);
			List<String> about = new ArrayList<>();
			if (cabled != null) {
				about.add("cabled to " + cabled);
			}
			if (!card.getAddresses().isEmpty()) {
				about.add("address " + IosText.shown(String.join(", ", card.getAddresses())));
			}
			if (!about.isEmpty()) {
				ports.add(IosText.shown(card.getName()) + " (" + String.join(", ", about) + ")");
			}
		}
		if (!ports.isEmpty()) {
			script.note("the new unit takes the old one's place: " + String.join("; ", ports), tag);
		}
		if (Devices.configurable(device)) {
			script.note("configure the new unit as the old one before it goes in (copy the running configuration)", tag);
		}
	}

	/** A new device: what to install where; its ports, rules and cables follow from their own edits. */
	static void create(Device device, int tag, Translation t) {
		String make = (nullToEmpty(device.getManufacturer()) + " " + nullToEmpty(device.getModel())).strip();
		StringBuilder note = new StringBuilder("NEW DEVICE: install a ").append(role(device)).append(make.isEmpty() ? " (make and model to be chosen)"
				: " (" + IosText.shown(make) + ")");
		if (device.getSite() != null) {
			note.append(" at site ").append(Devices.name(device.getSite()));
		}
		if (device.getZone() != null) {
			note.append(", zone ").append(Devices.name(device.getZone()));
		}
		t.script(device).note(note.append("; cable it as below").toString(), tag);
	}

	static void delete(Device device, int tag, Translation t) {
		List<String> cables = new ArrayList<>();
		for (Interface card : device.getInterfaces()) {
			String cabled = cabledTo(card, t);
			if (cabled != null) {
				cables.add(IosText.shown(card.getName()) + " to " + cabled);
			}
		}
		t.script(device).note("REMOVE this " + role(device) + (cables.isEmpty() ? "" : "; its cables: " + String.join("; ", cables)), tag);
	}

	/** The port at the far end of the card's cable before the change, or null. */
	private static String cabledTo(Interface card, Translation t) {
		if (!(t.inBase(card.getId()) instanceof Interface base)) {
			return null;
		}
		for (Link link : t.links(base, false)) {
			if (link.getEndA() == base) {
				return Devices.port(link.getEndB());
			}
			if (link.getEndB() == base) {
				return Devices.port(link.getEndA());
			}
		}
		return null;
	}

	private static String role(Device device) {
		return device.getRole().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
