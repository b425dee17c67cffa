package io.github.netreview.analysis.forwarding;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * One end of a flow as a firewall rule sees it: a device (or any host when null) in a segment and zone. A rule end
 * matches it when it names no one, or names its device, segment or zone.
 */
public record Party(Device device, Segment segment, Zone zone) {
}
