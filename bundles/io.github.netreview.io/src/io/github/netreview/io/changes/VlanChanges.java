package io.github.netreview.io.changes;

import java.util.List;

import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/**
 * Segments as VLANs: a new segment's VLAN is created, with its name, on every switch of its site (so that trunks
 * carry it wherever ports join it), a removed one deleted there once no segment of the site keeps its number.
 */
final class VlanChanges {

	private VlanChanges() {
	}

	static void create(Segment segment, int tag, Translation t) {
		List<Device> switches = switches(t.result, segment);
		if (segment.getVlanId() == null || switches.isEmpty()) {
			t.model().note(Devices.label(segment) + " is new" + (segment.getVlanId() == null ? " and has no VLAN id" : ": no switch at its site to"
					+ " create VLAN " + segment.getVlanId() + " on"), tag);
			return;
		}
		for (Device device : switches) {
			t.script(device).vlan(segment.getVlanId()).add("name " + vlanName(segment), tag);
		}
		if (segment.getPrefixes().isEmpty()) {
			t.model().note(Devices.label(segment) + " (VLAN " + segment.getVlanId() + ") is new: created on "
					+ switches.size() + (switches.size() == 1 ? " switch" : " switches") + "; it has no subnet and no gateway", tag);
		}
	}

	static void delete(Segment segment, int tag, Translation t) {
		List<Device> switches = switches(t.base, segment);
		boolean kept = t.result.getSegments().stream().anyMatch(other -> segment.getVlanId() != null && segment.getVlanId().equals(other.getVlanId())
				&& (other.getSite() == null || segment.getSite() == null || other.getSite().getId().equals(segment.getSite().getId())));
		if (segment.getVlanId() == null || switches.isEmpty() || kept) {
			t.model().note(Devices.label(segment) + " is removed" + (kept ? ": another segment keeps VLAN " + segment.getVlanId() : "")
					+ " (nothing to enter)", tag);
			return;
		}
		for (Device device : switches) {
			t.script(device).remove("no vlan " + segment.getVlanId(), tag);
		}
	}

	static void set(SetValue set, Segment segment, int tag, Translation t) {
		List<Device> switches = switches(t.result, segment);
		if (set.feature().equals("name") && segment.getVlanId() != null && !switches.isEmpty()) {
			for (Device device : switches) {
				t.script(device).vlan(segment.getVlanId()).add("name " + vlanName(segment), tag);
			}
			return;
		}
		String change = set.feature() + " " + t.shown(segment, set.feature(), set.oldValue()) + " -> " + t.shown(segment, set.feature(), set.newValue());
		t.model().note(Devices.label(segment) + ": " + change + (set.feature().equals("vlanId")
				? ": renumber the VLAN on its switches, ports and trunks by hand" : " (in the model only: nothing to enter)"), tag);
	}

	/** The VLAN's name: the segment's as an IOS token of at most 32 characters. */
	static String vlanName(Segment segment) {
		String name = segment.getName() == null || segment.getName().isBlank() ? segment.getId() : segment.getName();
		return IosText.token(name, "VLAN-", IosText.VLAN_NAME);
	}

	/** The switches of the segment's site (every switch for a segment of no site). */
	private static List<Device> switches(Network network, Segment segment) {
		return network.getDevices().stream().filter(device -> device.getRole() == DeviceRole.SWITCH)
				.filter(device -> segment.getSite() == null || device.getSite() != null && device.getSite().getId().equals(segment.getSite().getId()))
				.toList();
	}
}
