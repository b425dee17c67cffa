package io.github.netreview.analysis.findings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Named;

/** A finding's witness path in words: on one line with the ports used, or one line per hop with ports and VLANs. */
public final class PathText {

	private PathText() {
	}

	/** A path as devices with the ports they use: cam-1[eth0] -> [Gi1/0/3]acc-sw-1[Te1/1/1] -> ... -> segment 'Core'. */
	public static String chain(List<EObject> hops) {
		StringBuilder text = new StringBuilder();
		for (EObject hop : hops) {
			if (hop instanceof Device device) {
				text.append(ElementLabels.name(device));
			} else if (hop instanceof Interface port) {
				text.append('[').append(ElementLabels.name(port)).append(']');
			} else if (hop instanceof Link) {
				text.append(" -> ");
			} else if (hop instanceof Named named) {
				text.append(" -> segment ").append(ElementLabels.quotedName(named));
			}
		}
		return text.toString();
	}

	/**
	 * One line per device of the path, with the ports it is entered and left by and what each carries ("acc-sw-02: in
	 * Gi1/0/30 (access VLAN 30), out Te1/1/1 (trunk 20,30,99)"), and a last line for the segment reached.
	 */
	public static List<String> hops(List<EObject> hops) {
		List<String> lines = new ArrayList<>();
		Device device = null;
		List<String> ports = new ArrayList<>();
		for (EObject hop : hops) {
			if (hop instanceof Device next) {
				device = next;
			} else if (hop instanceof Interface port) {
				ports.add(ElementLabels.name(port) + " (" + carries(port) + ")");
			} else if (hop instanceof Link || hop instanceof Named) {
				if (device != null) {
					lines.add(line(device, ports));
				}
				device = null;
				ports.clear();
				if (!(hop instanceof Link)) {
					lines.add("reaches segment " + ElementLabels.quotedName(hop));
				}
			}
		}
		if (device != null) {
			lines.add(line(device, ports));
		}
		return lines;
	}

	private static String line(Device device, List<String> ports) {
		String name = ElementLabels.name(device);
		return switch (ports.size()) {
		case 0 -> name;
		case 1 -> name + ": " + ports.get(0);
		default -> name + ": in " + ports.get(0) + ", out " + String.join(", then ", ports.subList(1, ports.size()));
		};
	}

	/** What a port carries: its access VLAN (a host's card: untagged), its trunk's VLANs, and its addresses. */
	static String carries(Interface port) {
		if (port.getMode() == null) {
			return "no mode";
		}
		return switch (port.getMode()) {
		case ACCESS -> (port.getAccessVlan() == null ? "untagged" : "access VLAN " + port.getAccessVlan())
				+ (port.getAddresses().isEmpty() ? "" : " " + String.join(", ", port.getAddresses()));
		case TRUNK -> "trunk " + (port.getAllowedVlans() == null || port.getAllowedVlans().isBlank() ? "all VLANs" : port.getAllowedVlans())
				+ (port.getNativeVlan() == null ? "" : ", native " + port.getNativeVlan());
		case ROUTED -> "routed" + (port.getAddresses().isEmpty() ? "" : " " + String.join(", ", port.getAddresses()))
				+ (port.getAccessVlan() == null ? "" : ", VLAN " + port.getAccessVlan());
		};
	}
}
