package io.github.netreview.analysis.forwarding;

import java.util.BitSet;
import java.util.Set;

import io.github.netreview.model.topology.Device;

/**
 * Forwarding after an edit of firewall rules, with the domains from which, and the devices (those a rule names) for
 * which, the route into the core is not what it was.
 */
public record RuleUpdate(ForwardingAnalysis forwarding, BitSet components, Set<Device> senders) {
}
