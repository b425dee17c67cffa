package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;

/**
 * Every firewall rule of the network with its service mask, numbered across all policies, so that parties can be
 * compared by which rules match them (their signature) and a device's decision computed in rule order.
 */
public final class PolicyIndex {

	private final ServiceSpace services;
	private final List<FirewallRule> rules = new ArrayList<>();
	private final List<long[]> ruleMasks = new ArrayList<>();
	/** Rules of device d's policy are ruleStart[d] .. ruleStart[d+1]. */
	private final int[] ruleStart;
	private final boolean[] hasPolicy;
	private final boolean[] defaultAllow;
	/** Signatures already worked out: parties are few (a segment and zone, or a device some rule names). */
	private final Map<Party, BitSet> sourceSignatures = new ConcurrentHashMap<>();
	private final Map<Party, BitSet> destinationSignatures = new ConcurrentHashMap<>();

	PolicyIndex(NetworkIndex index, ServiceSpace services) {
		this.services = services;
		int devices = index.deviceCount();
		ruleStart = new int[devices + 1];
		hasPolicy = new boolean[devices];
		defaultAllow = new boolean[devices];
		for (int d = 0; d < devices; d++) {
			ruleStart[d] = rules.size();
			FirewallPolicy policy = index.devices[d].getPolicy();
			if (policy != null) {
				hasPolicy[d] = true;
				defaultAllow[d] = policy.getDefaultAction() == Action.ALLOW;
				for (FirewallRule rule : policy.getRules()) {
					rules.add(rule);
					ruleMasks.add(services.maskOf(rule.getService()));
				}
			}
		}
		ruleStart[devices] = rules.size();
	}

	/** The devices some rule names as its source. */
	Set<Device> namedSources() {
		return namedDevices(true);
	}

	/** The devices some rule names as its destination. */
	Set<Device> namedDestinations() {
		return namedDevices(false);
	}

	private Set<Device> namedDevices(boolean source) {
		Set<Device> named = new LinkedHashSet<>();
		for (FirewallRule rule : rules) {
			if ((source ? rule.getSource() : rule.getDestination()) instanceof Device device) {
				named.add(device);
			}
		}
		return named;
	}

	/** The rules whose source end matches {@code party}. */
	BitSet sourceSignature(Party party) {
		return sourceSignatures.computeIfAbsent(party, p -> signature(p, true));
	}

	/** The rules whose destination end matches {@code party}. */
	BitSet destinationSignature(Party party) {
		return destinationSignatures.computeIfAbsent(party, p -> signature(p, false));
	}

	private BitSet signature(Party party, boolean source) {
		BitSet matches = new BitSet(rules.size());
		for (int r = 0; r < rules.size(); r++) {
			FlowEndpoint named = source ? rules.get(r).getSource() : rules.get(r).getDestination();
			if (party.matches(named)) {
				matches.set(r);
			}
		}
		return matches;
	}

	/**
	 * The services device {@code d} forwards from a source with signature {@code source} to a destination with
	 * signature {@code destination}: first matching rule wins, the default action takes the rest. A device without
	 * a policy forwards everything.
	 */
	long[] allowed(int d, BitSet source, BitSet destination) {
		if (!hasPolicy[d]) {
			return services.all();
		}
		long[] remaining = services.all();
		long[] allowed = services.none();
		for (int r = ruleStart[d]; r < ruleStart[d + 1]; r++) {
			if (!source.get(r) || !destination.get(r)) {
				continue;
			}
			long[] mask = ruleMasks.get(r);
			boolean allow = rules.get(r).getAction() == Action.ALLOW;
			for (int w = 0; w < remaining.length; w++) {
				long hit = remaining[w] & mask[w];
				if (allow) {
					allowed[w] |= hit;
				}
				remaining[w] &= ~hit;
			}
		}
		if (defaultAllow[d]) {
			for (int w = 0; w < remaining.length; w++) {
				allowed[w] |= remaining[w];
			}
		}
		return allowed;
	}

	boolean hasPolicy(int d) {
		return hasPolicy[d];
	}

	public ServiceSpace services() {
		return services;
	}
}
