package io.github.netreview.editor.diagram.commands;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.build.PortNames;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;

/**
 * The port each end of a new cable uses: a free jack of the device, or a new port named in the device's scheme whose
 * mode follows the device (a switch's access port takes the VLAN of the other end's zone).
 */
public final class LinkEnds {

	private final Network network;
	private final ElementIds ids;
	/** Each cabled interface and the interface at the cable's other end. */
	private final Map<Interface, Interface> peers = new HashMap<>();

	LinkEnds(Network network, ElementIds ids) {
		this.network = network;
		this.ids = ids;
		for (Link link : network.getLinks()) {
			if (link.getEndA() != null && link.getEndB() != null) {
				peers.put(link.getEndA(), link.getEndB());
				peers.put(link.getEndB(), link.getEndA());
			}
		}
	}

	/** The link that already cables {@code a} to {@code b}, or null. */
	public static Link between(Network network, Device a, Device b) {
		for (Link link : network.getLinks()) {
			Device x = link.getEndA() == null ? null : link.getEndA().getDevice();
			Device y = link.getEndB() == null ? null : link.getEndB().getDevice();
			if (x == a && y == b || x == b && y == a) {
				return link;
			}
		}
		return null;
	}

	/** A free jack of {@code device} (an access one first), else a new port not yet added to it. */
	Interface on(Device device, Device other) {
		Interface free = null;
		for (Interface port : device.getInterfaces()) {
			if (!peers.containsKey(port) && !PortNames.logical(port.getName())
					&& (free == null || port.getMode() == InterfaceMode.ACCESS && free.getMode() != InterfaceMode.ACCESS)) {
				free = port;
			}
		}
		return free != null ? free : newPort(device, other);
	}

	private Interface newPort(Device device, Device other) {
		Interface port = TopologyFactory.eINSTANCE.createInterface();
		String name = PortNames.next(device);
		port.setName(name);
		port.setId(ids.unused(NetworkBuilder.interfaceId(device.getId(), name)));
		if (device.getRole() == DeviceRole.SWITCH && infrastructure(other.getRole())) {
			port.setMode(InterfaceMode.TRUNK);
			port.setAllowedVlans(device.getInterfaces().stream().filter(p -> p.getMode() == InterfaceMode.TRUNK).map(Interface::getAllowedVlans)
					.filter(Objects::nonNull).findFirst().orElse(null));
		} else if (device.getRole() == DeviceRole.SWITCH) {
			port.setMode(InterfaceMode.ACCESS);
			port.setAccessVlan(accessVlan(device, other.getZone()));
		} else {
			port.setMode(device.getRole() == DeviceRole.ROUTER || device.getRole() == DeviceRole.FIREWALL ? InterfaceMode.ROUTED : InterfaceMode.ACCESS);
		}
		return port;
	}

	private static boolean infrastructure(DeviceRole role) {
		return role == DeviceRole.SWITCH || role == DeviceRole.ROUTER || role == DeviceRole.FIREWALL;
	}

	/** The VLAN of {@code zone}'s segment (at the switch's site first), else of the switch's access ports cabled into it. */
	private Integer accessVlan(Device sw, Zone zone) {
		if (zone == null) {
			return null;
		}
		Segment best = null;
		for (Segment segment : network.getSegments()) {
			if (segment.getZone() == zone && segment.getVlanId() != null && (best == null || best.getSite() != sw.getSite() && segment.getSite() == sw.getSite())) {
				best = segment;
			}
		}
		if (best != null) {
			return best.getVlanId();
		}
		Map<Integer, Integer> uses = new HashMap<>();
		for (Interface port : sw.getInterfaces()) {
			Interface peer = peers.get(port);
			if (port.getMode() == InterfaceMode.ACCESS && port.getAccessVlan() != null && peer != null && peer.getDevice() != null
					&& peer.getDevice().getZone() == zone) {
				uses.merge(port.getAccessVlan(), 1, Integer::sum);
			}
		}
		return uses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}
}
