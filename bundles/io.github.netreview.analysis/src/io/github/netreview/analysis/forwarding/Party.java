package io.github.netreview.analysis.forwarding;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * One end of a flow as a firewall rule sees it: a device (or any host when null) in a segment and zone, each of which
 * a rule can name.
 */
public record Party(Device device, Segment segment, Zone zone) {

	/** Whether a rule end naming {@code named} (null for any) matches this party. */
	public boolean matches(FlowEndpoint named) {
		return named == null || named == device || named == segment || named == zone;
	}
}
