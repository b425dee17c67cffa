package io.github.netreview.analysis.forwarding;

import java.util.BitSet;

/**
 * Forwarding after an edit of ports and links, the devices (by their index in the network) whose findings the edit
 * can have changed ({@code devices} is null when any device's can have), and the layer-2 domains it touched (whose
 * insides, and so the chains found inside them, can have changed).
 */
public record Layer2Update(ForwardingAnalysis forwarding, BitSet devices, BitSet domains) {
}
