package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.List;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Segment;

/**
 * What an engineer checks after moving a port to another VLAN, from the model as it is after the change: whether the
 * endpoints on the port have addresses in the new VLAN's subnet, and whether any trunk of the switch carries the VLAN.
 */
final class RetagNotes {

	private RetagNotes() {
	}

	static void add(Interface port, DeviceScript.Block block, DeviceScript script, int tag, Translation t) {
		int vlan = port.getAccessVlan();
		Device device = port.getDevice();
		Segment segment = segment(t, device, vlan);
		for (Interface peer : peers(port, t)) {
			if (peer.getDevice() != null && !Devices.configurable(peer.getDevice()) && !peer.getAddresses().isEmpty()) {
				addressNote(peer, vlan, segment, block, tag);
			}
		}
		List<Interface> trunks = device.getInterfaces().stream().filter(p -> p.getMode() == InterfaceMode.TRUNK).toList();
		if (!trunks.isEmpty() && trunks.stream().noneMatch(trunk -> carries(trunk, vlan))) {
			script.note("VLAN " + vlan + " is on no trunk of " + IosText.shown(ElementLabels.name(device)) + " ("
					+ String.join("; ", trunks.stream().map(RetagNotes::allowed).toList()) + "): its ports in VLAN " + vlan
					+ " reach only this switch", tag);
		}
	}

	private static void addressNote(Interface peer, int vlan, Segment segment, DeviceScript.Block block, int tag) {
		String addresses = IosText.shown(String.join(", ", peer.getAddresses()));
		if (segment == null) {
			block.comment(Devices.port(peer) + " has " + addresses + "; VLAN " + vlan + " is in no segment of the model here: plan its address", tag);
		} else if (segment.getPrefixes().isEmpty()) {
			block.comment(Devices.port(peer) + " has " + addresses + "; " + Devices.label(segment) + " has no subnet in the model: plan its address", tag);
		} else if (!inside(peer.getAddresses(), segment.getPrefixes())) {
			block.comment(Devices.port(peer) + " keeps " + addresses + ", outside " + Devices.label(segment) + " ("
					+ IosText.shown(String.join(", ", segment.getPrefixes())) + "): give it an address there", tag);
		}
	}

	/** The segment of {@code vlan} at the device's site (or of no site). */
	private static Segment segment(Translation t, Device device, int vlan) {
		for (Segment segment : t.result.getSegments()) {
			if (segment.getVlanId() != null && segment.getVlanId() == vlan && (segment.getSite() == null || segment.getSite() == device.getSite())) {
				return segment;
			}
		}
		return null;
	}

	private static List<Interface> peers(Interface port, Translation t) {
		List<Interface> peers = new ArrayList<>();
		for (Link link : t.links(port, true)) {
			if (link.getEndA() == port && link.getEndB() != null) {
				peers.add(link.getEndB());
			} else if (link.getEndB() == port && link.getEndA() != null) {
				peers.add(link.getEndA());
			}
		}
		return peers;
	}

	/** Whether every IPv4 address lies in one of the prefixes (IPv6 addresses are judged the same way within their family). */
	private static boolean inside(List<String> addresses, List<String> prefixes) {
		for (String text : addresses) {
			IpPrefix address = IosAddresses.parse(text);
			if (address != null && prefixes.stream().map(IosAddresses::parse)
					.noneMatch(prefix -> prefix != null && prefix.isIpv6() == address.isIpv6() && prefix.contains(address))) {
				return false;
			}
		}
		return true;
	}

	private static boolean carries(Interface trunk, int vlan) {
		try {
			return VlanList.parse(trunk.getAllowedVlans()).contains(vlan) || trunk.getNativeVlan() != null && trunk.getNativeVlan() == vlan;
		} catch (SyntaxException e) {
			return true; // a list that cannot be read is not judged
		}
	}

	private static String allowed(Interface trunk) {
		return IosText.shown(trunk.getName()) + ": " + (trunk.getAllowedVlans() == null ? "all" : IosText.shown(trunk.getAllowedVlans()));
	}
}
