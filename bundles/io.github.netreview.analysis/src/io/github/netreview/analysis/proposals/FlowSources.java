package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;

/**
 * Required flows that follow their parties: when a change moves every host of a flow's source segment (network
 * equipment aside) into one other segment, the flow's source becomes that segment, as an engineer would record it;
 * otherwise the emptied segment would be judged as if the flow still started there.
 */
final class FlowSources {

	private FlowSources() {
	}

	/** The edits re-pointing flows whose source segment's hosts all move into one segment ({@code movedInto}: device to segment id). */
	static List<ModelEdit> following(Network network, ForwardingAnalysis forwarding, Map<Device, String> movedInto) {
		Set<Segment> left = new HashSet<>();
		movedInto.keySet().forEach(device -> left.addAll(forwarding.hostSegmentsOf(device)));
		List<ModelEdit> edits = new ArrayList<>();
		for (RequiredFlow flow : network.getRequiredFlows()) {
			if (flow.getSource() instanceof Segment source && left.contains(source)) {
				String target = soleTarget(network, forwarding, source, movedInto);
				if (target != null && !target.equals(source.getId())) {
					edits.add(new SetValue(flow.getId(), "source", source.getId(), target));
				}
			}
		}
		return edits;
	}

	/** The one segment every host of {@code source} moves into; null when a host stays or they go to different segments. */
	private static String soleTarget(Network network, ForwardingAnalysis forwarding, Segment source, Map<Device, String> movedInto) {
		String target = null;
		for (Device device : network.getDevices()) {
			if (isNetworkEquipment(device) || !forwarding.hostSegmentsOf(device).contains(source)) {
				continue;
			}
			String into = movedInto.get(device);
			if (into == null || target != null && !target.equals(into)) {
				return null;
			}
			target = into;
		}
		return target;
	}

	static boolean isNetworkEquipment(Device device) {
		DeviceRole role = device.getRole();
		return role == DeviceRole.ROUTER || role == DeviceRole.FIREWALL || role == DeviceRole.SWITCH || role == DeviceRole.DATA_DIODE;
	}
}
