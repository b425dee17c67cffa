package io.github.netreview.io.changes;

import java.util.List;

import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;

/** Edits of interfaces as interface-mode commands: VLANs, mode, state, addresses, description; notes on endpoints. */
final class PortChanges {

	private PortChanges() {
	}

	static void set(SetValue set, Interface port, int tag, Translation t) {
		Device device = port.getDevice();
		String change = set.feature() + " " + t.shown(port, set.feature(), set.oldValue()) + " -> " + t.shown(port, set.feature(), set.newValue());
		if (set.feature().equals("mac")) {
			t.script(device).note("interface " + IosText.shown(port.getName()) + ": MAC " + t.shown(port, "mac", set.oldValue()) + " -> "
					+ t.shown(port, "mac", set.newValue()) + " comes with the hardware: update port security, DHCP reservations and NAC"
					+ " entries that name it", tag);
			return;
		}
		if (!Devices.configurable(device)) {
			t.script(device).note("interface " + IosText.shown(port.getName()) + ": " + change + ": set it on the device itself"
					+ (device != null && device.getRole() == DeviceRole.ACCESS_POINT ? " or its controller" : ""),
					tag);
			return;
		}
		DeviceScript.Block block = t.script(device).port(port.getName());
		switch (set.feature()) {
		case "accessVlan" -> accessVlan(set, port, block, tag, t);
		case "nativeVlan" -> block.addAll(IosCommands.nativeVlan(set.newValue()), tag);
		case "allowedVlans" -> block.addAll(IosCommands.allowedVlans(set.oldValue(), set.newValue()), tag);
		case "mode" -> block.addAll(IosCommands.mode(mode(set.oldValue()), mode(set.newValue())), tag);
		case "enabled" -> block.addAll(IosCommands.enabled(!"false".equals(set.newValue())), tag);
		case "description" -> block.add(set.newValue() == null ? "no description"
				: "description " + IosText.line(set.newValue(), IosText.DESCRIPTION), tag);
		case "addresses" -> block.addAll(IosCommands.addresses(IosCommands.split(set.oldValue()), IosCommands.split(set.newValue())), tag);
		case "name" -> block.comment("renamed in the model: " + change + "; IOS names ports by their hardware, nothing to enter", tag);
		default -> block.comment(change + ": no IOS command for it; change it by hand", tag);
		}
	}

	private static void accessVlan(SetValue set, Interface port, DeviceScript.Block block, int tag, Translation t) {
		if (port.getMode() == InterfaceMode.ROUTED) {
			block.comment("routed port: the model puts it in VLAN " + t.shown(port, set.feature(), set.newValue()) + " (was " + t.shown(port, set.feature(), set.oldValue())
					+ "); a routed port has no VLAN to set: change its neighbour's port", tag);
			return;
		}
		block.addAll(IosCommands.accessVlan(set.newValue()), tag);
		if (t.inResult(port.getId()) instanceof Interface after && after.getAccessVlan() != null) {
			RetagNotes.add(after, block, t.script(after.getDevice()), tag, t);
		}
	}

	/** A new interface: its mode, VLANs, description, addresses and state, or a note on a device IOS does not configure. */
	static void create(Interface port, int tag, Translation t) {
		Device device = port.getDevice();
		if (!Devices.configurable(device)) {
			t.script(device).note("new interface " + IosText.shown(port.getName()) + ": set it up on the device itself", tag);
			return;
		}
		DeviceScript.Block block = t.script(device).port(port.getName());
		block.addAll(IosCommands.mode(null, port.getMode()), tag);
		if (port.getMode() != InterfaceMode.ROUTED && port.getAccessVlan() != null) {
			block.addAll(IosCommands.accessVlan(port.getAccessVlan().toString()), tag);
		}
		if (port.getMode() == InterfaceMode.TRUNK) {
			if (port.getNativeVlan() != null) {
				block.addAll(IosCommands.nativeVlan(port.getNativeVlan().toString()), tag);
			}
			if (port.getAllowedVlans() != null) {
				block.addAll(IosCommands.allowedVlans(null, port.getAllowedVlans()), tag);
			}
		}
		if (port.getDescription() != null) {
			block.add("description " + IosText.line(port.getDescription(), IosText.DESCRIPTION), tag);
		}
		block.addAll(IosCommands.addresses(List.of(), port.getAddresses()), tag);
		block.addAll(IosCommands.enabled(port.isEnabled()), tag);
	}

	/** A removed interface: reset to defaults, or nothing to do when its device goes too. */
	static void delete(Interface port, int tag, Translation t) {
		Device device = port.getDevice();
		if (device != null && t.deleted.contains(device.getId())) {
			t.script(device).note("interface " + IosText.shown(port.getName()) + " goes with the device", tag);
		} else if (!Devices.configurable(device)) {
			t.script(device).note("interface " + IosText.shown(port.getName()) + " is removed: take it out of service on the device itself", tag);
		} else if (IosText.isInterfaceName(port.getName())) {
			DeviceScript script = t.script(device);
			script.note("interface " + IosText.shown(port.getName()) + " is removed: it is reset to its defaults and shut", tag);
			for (String line : List.of("default interface " + port.getName(), "interface " + port.getName(), " shutdown", "exit")) {
				script.remove(line, tag);
			}
		} else {
			t.script(device).note("interface " + IosText.shown(port.getName()) + " is removed: reset it to its defaults and shut it", tag);
		}
	}

	private static InterfaceMode mode(String literal) {
		return literal == null ? InterfaceMode.ACCESS : InterfaceMode.get(literal) == null ? InterfaceMode.ACCESS : InterfaceMode.get(literal);
	}
}
