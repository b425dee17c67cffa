package io.github.netreview.interchange.netbox;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;

/** Gives an interface its mode and VLANs from NetBox's mode, its folded subinterfaces or its LAG, and the kind of device. */
final class PortModes {

	private PortModes() {
	}

	/** Sets mode and VLANs of {@code port} for {@code plan}, whose VLAN configuration comes from {@code source} (it or its LAG). */
	static void apply(PortPlan plan, PortPlan source, Interface port, Integer sviVlan) {
		if (source.isTrunk()) {
			port.setMode(InterfaceMode.TRUNK);
			port.setNativeVlan(source.untagged);
			port.setAllowedVlans(allowed(source));
		} else if (bridges(plan) && plan.isVirtual()) {
			port.setMode(InterfaceMode.ROUTED);
			port.setAccessVlan(sviVlan);
		} else if (bridges(plan) && source.mode == null && !plan.addresses.isEmpty() && !plan.isLag()) {
			port.setMode(InterfaceMode.ROUTED);
			port.setAccessVlan(source.untagged);
		} else {
			DeviceRole role = plan.device.getRole();
			port.setMode(role == DeviceRole.ROUTER || role == DeviceRole.FIREWALL ? InterfaceMode.ROUTED : InterfaceMode.ACCESS);
			port.setAccessVlan(source.untagged);
		}
	}

	static boolean bridges(PortPlan plan) {
		DeviceRole role = plan.device.getRole();
		return role == DeviceRole.SWITCH || role == DeviceRole.ACCESS_POINT;
	}

	/** The allowed list of a trunk: its tagged VLANs and its subinterfaces', null for tagged-all, "none" for nothing. */
	private static String allowed(PortPlan source) {
		if ("tagged-all".equals(source.mode) && source.subinterfaces.isEmpty()) {
			return null;
		}
		TreeSet<Integer> vlans = new TreeSet<>(source.tagged);
		source.subinterfaces.forEach(sub -> vlans.addAll(sub.subinterfaceVlans));
		if (source.untagged != null) {
			vlans.remove(source.untagged);
		}
		return vlans.isEmpty() ? "none" : join(List.copyOf(vlans));
	}

	static String join(List<Integer> vlans) {
		return vlans.stream().map(String::valueOf).collect(Collectors.joining(","));
	}
}
