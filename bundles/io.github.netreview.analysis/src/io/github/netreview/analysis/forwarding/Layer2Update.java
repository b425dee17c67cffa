package io.github.netreview.analysis.forwarding;

import java.util.BitSet;

/**
 * Forwarding after an edit of ports and links, and the devices (by their index in the network) whose findings the
 * edit can have changed; {@code devices} is null when any device's can have.
 */
public record Layer2Update(ForwardingAnalysis forwarding, BitSet devices) {
}
