package io.github.netreview.interchange.netbox;

import java.util.HashMap;
import java.util.Map;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/** Places devices without a zone: tag in the zone of their VLAN, or of the switch port they are cabled to. */
final class DeviceZones {

	private final VlanImport vlans;
	private final Map<Interface, Interface> peers = new HashMap<>();

	DeviceZones(VlanImport vlans) {
		this.vlans = vlans;
	}

	void fill(Network network) {
		for (Link link : network.getLinks()) {
			peers.putIfAbsent(link.getEndA(), link.getEndB());
			peers.putIfAbsent(link.getEndB(), link.getEndA());
		}
		for (Device device : network.getDevices()) {
			if (device.getZone() == null && device.getRole() != DeviceRole.SWITCH && device.getRole() != DeviceRole.ACCESS_POINT) {
				place(device);
			}
		}
	}

	private void place(Device device) {
		for (Interface port : device.getInterfaces()) {
			Segment segment = vlans.segment(device.getSite(), vlanOf(port));
			if (segment != null) {
				device.setZone(segment.getZone());
				return;
			}
		}
	}

	/** The VLAN an interface is in: its own, or the access VLAN of the port it is cabled to. */
	private Integer vlanOf(Interface port) {
		if (port.getMode() != InterfaceMode.TRUNK && port.getAccessVlan() != null) {
			return port.getAccessVlan();
		}
		Interface peer = peers.get(port);
		return port.getMode() == InterfaceMode.ACCESS && peer != null && peer.getMode() == InterfaceMode.ACCESS ? peer.getAccessVlan() : null;
	}
}
