package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
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
 * compared by which rules match them (their signature) and a device's decision computed in rule order. Rules applied
 * inbound on one interface ({@code ingress}) decide apart, for the traffic entering there: see {@link #allowedIn}.
 */
public final class PolicyIndex {

	private final ServiceSpace services;
	/** Each rule's ends and action, read once: the index describes the policies as they were when it was made. */
	private final List<FlowEndpoint> ruleSources = new ArrayList<>();
	private final List<FlowEndpoint> ruleDestinations = new ArrayList<>();
	private final List<Boolean> ruleAllows = new ArrayList<>();
	private final List<long[]> ruleMasks = new ArrayList<>();
	/** The port each rule is applied inbound on: {@link #EVERYWHERE}, a port of its device, or {@link #NOWHERE}. */
	private final List<Integer> ruleIngress = new ArrayList<>();
	/** The devices with a policy when this index was made, in network order: a device's rank is its place here. */
	private final int[] withPolicy;
	/** Whether the policy of the device of rank r has rules applied inbound on an interface. */
	private final boolean[] hasIngressRules;
	/** The ports rules of the device of rank r are applied inbound on, ascending; worked out when first asked. */
	private final int[][] ingressPorts;
	/** Rules of the policy of the device of rank r are ruleStart[r] .. ruleStart[r+1]. */
	private final int[] ruleStart;
	private final boolean[] defaultAllow;
	private Map<FlowEndpoint, BitSet> sourcesNamed;
	private Map<FlowEndpoint, BitSet> destinationsNamed;
	/** Signatures already worked out: parties are few (a segment and zone, or a device some rule names). */
	private final Map<Party, BitSet> sourceSignatures = new ConcurrentHashMap<>();
	private final Map<Party, BitSet> destinationSignatures = new ConcurrentHashMap<>();

	/** A rule that applies to all traffic its device forwards. */
	private static final int EVERYWHERE = -1;
	/** A rule applied on an interface that is not its device's: it matches nothing. */
	private static final int NOWHERE = -2;

	PolicyIndex(NetworkIndex index) {
		withPolicy = index.policyDevices;
		services = ServiceSpace.of(index.network, () -> Arrays.stream(withPolicy).mapToObj(d -> index.devices[d]).iterator());
		ruleStart = new int[withPolicy.length + 1];
		defaultAllow = new boolean[withPolicy.length];
		hasIngressRules = new boolean[withPolicy.length];
		ingressPorts = new int[withPolicy.length][];
		for (int r = 0; r < withPolicy.length; r++) {
			ruleStart[r] = ruleSources.size();
			FirewallPolicy policy = index.devices[withPolicy[r]].getPolicy();
			defaultAllow[r] = policy.getDefaultAction() == Action.ALLOW;
			for (FirewallRule rule : policy.getRules()) {
				ruleSources.add(rule.getSource());
				ruleDestinations.add(rule.getDestination());
				ruleAllows.add(rule.getAction() == Action.ALLOW);
				ruleMasks.add(services.maskOf(rule.getService()));
				int ingress = ingressOf(index, withPolicy[r], rule);
				ruleIngress.add(ingress);
				hasIngressRules[r] |= ingress != EVERYWHERE;
			}
		}
		ruleStart[withPolicy.length] = ruleSources.size();
	}

	private static int ingressOf(NetworkIndex index, int d, FirewallRule rule) {
		if (rule.getIngress() == null) {
			return EVERYWHERE;
		}
		int port = index.indexOf(rule.getIngress());
		return port >= 0 && index.portDevice[port] == d ? port : NOWHERE;
	}

	/** The place of device {@code d} among those with a policy, or a negative number when it has none. */
	private int rank(int d) {
		return Arrays.binarySearch(withPolicy, d);
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
		for (FlowEndpoint end : source ? ruleSources : ruleDestinations) {
			if (end instanceof Device device) {
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

	/**
	 * The rules matching {@code party} at their source (or destination) end: those naming no one, and those naming
	 * its device, segment or zone, taken from the rules indexed by what they name.
	 */
	private BitSet signature(Party party, boolean source) {
		Map<FlowEndpoint, BitSet> naming = rulesNaming(source);
		BitSet matches = (BitSet) naming.getOrDefault(null, new BitSet()).clone();
		for (FlowEndpoint end : new FlowEndpoint[] { party.device(), party.segment(), party.zone() }) {
			if (end != null && naming.containsKey(end)) {
				matches.or(naming.get(end));
			}
		}
		return matches;
	}

	/** The rules by what their source (or destination) end names, null for none; made once. */
	private synchronized Map<FlowEndpoint, BitSet> rulesNaming(boolean source) {
		Map<FlowEndpoint, BitSet> naming = source ? sourcesNamed : destinationsNamed;
		if (naming == null) {
			naming = new HashMap<>();
			List<FlowEndpoint> ends = source ? ruleSources : ruleDestinations;
			for (int r = 0; r < ends.size(); r++) {
				naming.computeIfAbsent(ends.get(r), end -> new BitSet()).set(r);
			}
			if (source) {
				sourcesNamed = naming;
			} else {
				destinationsNamed = naming;
			}
		}
		return naming;
	}

	/**
	 * The services device {@code d} forwards from a source with signature {@code source} to a destination with
	 * signature {@code destination}: first matching rule wins, the default action takes the rest. A device without
	 * a policy forwards everything.
	 */
	long[] allowed(int d, BitSet source, BitSet destination) {
		int rank = rank(d);
		if (rank < 0) {
			return services.all();
		}
		long[] remaining = services.all();
		long[] allowed = services.none();
		for (int r = ruleStart[rank]; r < ruleStart[rank + 1]; r++) {
			if (!source.get(r) || !destination.get(r) || ruleIngress.get(r) != EVERYWHERE) {
				continue;
			}
			long[] mask = ruleMasks.get(r);
			boolean allow = ruleAllows.get(r);
			for (int w = 0; w < remaining.length; w++) {
				long hit = remaining[w] & mask[w];
				if (allow) {
					allowed[w] |= hit;
				}
				remaining[w] &= ~hit;
			}
		}
		if (defaultAllow[rank]) {
			for (int w = 0; w < remaining.length; w++) {
				allowed[w] |= remaining[w];
			}
		}
		return allowed;
	}

	/**
	 * The services that traffic entering device {@code d} by {@code port}, from a source with signature
	 * {@code source} to a destination with signature {@code destination}, gets past the rules applied inbound there:
	 * the first of them that matches drops what it denies and lets on what it allows; the rest goes on too.
	 */
	long[] allowedIn(int d, int port, BitSet source, BitSet destination) {
		int rank = rank(d);
		long[] passing = services.all();
		if (rank < 0 || !hasIngressRules[rank]) {
			return passing;
		}
		long[] undecided = services.all();
		for (int r = ruleStart[rank]; r < ruleStart[rank + 1]; r++) {
			if (ruleIngress.get(r) != port || !source.get(r) || !destination.get(r)) {
				continue;
			}
			long[] mask = ruleMasks.get(r);
			boolean allow = ruleAllows.get(r);
			for (int w = 0; w < undecided.length; w++) {
				long hit = undecided[w] & mask[w];
				if (!allow) {
					passing[w] &= ~hit;
				}
				undecided[w] &= ~hit;
			}
		}
		return passing;
	}

	/** The ports of device {@code d} that rules of its policy are applied inbound on, ascending. */
	int[] ingressPorts(int d) {
		int rank = rank(d);
		if (rank < 0 || !hasIngressRules[rank]) {
			return new int[0];
		}
		int[] ports = ingressPorts[rank];
		if (ports == null) {
			ports = ruleIngress.subList(ruleStart[rank], ruleStart[rank + 1]).stream().mapToInt(Integer::intValue).filter(p -> p >= 0)
					.distinct().sorted().toArray();
			ingressPorts[rank] = ports;
		}
		return ports;
	}

	/** Whether rules of device {@code d}'s policy are applied inbound on one of its interfaces. */
	boolean hasIngressRules(int d) {
		int rank = rank(d);
		return rank >= 0 && hasIngressRules[rank];
	}

	/** The part of {@code signature} that falls on device {@code d}'s own rules, which alone decide what d forwards. */
	BitSet ownRules(int d, BitSet signature) {
		int rank = rank(d);
		return rank < 0 ? new BitSet() : signature.get(ruleStart[rank], ruleStart[rank + 1]);
	}

	boolean hasPolicy(int d) {
		return rank(d) >= 0;
	}

	public ServiceSpace services() {
		return services;
	}
}
