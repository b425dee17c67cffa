package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.NetworkEquipment;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;

/**
 * Required flows that follow their parties: when a change moves every host of a flow's source segment (network
 * equipment aside) into one other segment, the flow's source becomes that segment, as an engineer would record it;
 * otherwise the emptied segment would be judged as if the flow still started there.
 */
final class FlowSources {

	/** Marks a segment whose hosts stay or go to different segments. */
	private static final String SCATTERED = "";

	private FlowSources() {
	}

	/** The edits re-pointing flows whose source segment's hosts all move into one segment ({@code movedInto}: device to segment id). */
	static List<ModelEdit> following(Network network, ForwardingAnalysis forwarding, Map<Device, String> movedInto) {
		Map<Segment, String> targets = new HashMap<>();
		for (RequiredFlow flow : network.getRequiredFlows()) {
			if (flow.getSource() instanceof Segment source) {
				targets.put(source, null);
			}
		}
		if (targets.isEmpty()) {
			return List.of();
		}
		// one pass over the hosts: each source segment gets the one segment all of its hosts move into
		for (Device device : network.getDevices()) {
			if (NetworkEquipment.is(device)) {
				continue;
			}
			String into = movedInto.getOrDefault(device, SCATTERED);
			for (Segment segment : forwarding.hostSegmentsOf(device)) {
				if (targets.containsKey(segment)) {
					String target = targets.get(segment);
					targets.put(segment, target == null || target.equals(into) ? into : SCATTERED);
				}
			}
		}
		List<ModelEdit> edits = new ArrayList<>();
		for (RequiredFlow flow : network.getRequiredFlows()) {
			if (flow.getSource() instanceof Segment source) {
				String target = targets.get(source);
				if (target != null && !target.equals(SCATTERED) && !target.equals(source.getId())) {
					edits.add(new SetValue(flow.getId(), "source", source.getId(), target));
				}
			}
		}
		return edits;
	}
}
