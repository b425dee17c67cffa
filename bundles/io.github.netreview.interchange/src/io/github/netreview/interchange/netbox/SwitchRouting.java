package io.github.netreview.interchange.netbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;

/** Decides which switches route: those with addressed layer-3 interfaces in two or more VLANs, unless the mapping says otherwise. */
final class SwitchRouting {

	private final ImportContext context;
	private final Collection<PortPlan> plans;

	SwitchRouting(ImportContext context, Collection<PortPlan> plans) {
		this.context = context;
		this.plans = plans;
	}

	void run() {
		Map<Device, Set<String>> layer3 = new LinkedHashMap<>();
		for (PortPlan plan : plans) {
			Interface port = plan.element;
			if (port != null && port.getMode() == InterfaceMode.ROUTED && !plan.mgmtOnly && !port.getAddresses().isEmpty()) {
				layer3.computeIfAbsent(plan.device, d -> new LinkedHashSet<>())
						.add(port.getAccessVlan() != null ? "VLAN " + port.getAccessVlan() : "routed port " + plan.name);
			}
		}
		for (Device device : context.builder.network().getDevices()) {
			Optional<Boolean> mapped = context.mapping.routing(device.getName());
			Set<String> attachments = layer3.getOrDefault(device, Set.of());
			if (mapped.isPresent()) {
				device.setRouting(mapped.get());
				context.report.routing(device.getName() + (mapped.get() ? " routes" : " does not route") + " (--mapping)");
			} else if (device.getRole() == DeviceRole.SWITCH && !attachments.isEmpty()) {
				decide(device, List.copyOf(attachments));
			}
		}
	}

	private void decide(Device device, List<String> attachments) {
		if (attachments.size() >= 2) {
			device.setRouting(true);
			context.report.routing(device.getName() + " routes: addressed layer-3 interfaces in " + String.join(", ", attachments));
		} else {
			context.report.routing(device.getName() + " does not route: its only addressed layer-3 interface is in " + attachments.get(0)
					+ "; one SVI, such as a management address, does not make a router");
		}
	}
}
