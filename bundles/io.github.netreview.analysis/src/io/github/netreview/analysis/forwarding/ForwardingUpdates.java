package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Zone;

/**
 * Brings a forwarding analysis up to date after an edit without working it all out again: the layer-2 domains are
 * repaired after port and link edits, the routes and zone matrix kept after rule edits where nothing they depend on
 * changed, and either way the devices whose findings can have changed are named.
 */
public final class ForwardingUpdates {

	private ForwardingUpdates() {
	}

	/**
	 * Forwarding after edits of the given ports and links of {@code previous}'s index (refreshed already): the
	 * layer-2 domains are repaired in place, so {@code previous} must not be used any more. Null when the edit
	 * changes which nodes there are, and a fresh analysis is needed.
	 */
	public static Layer2Update afterLayer2Edit(ForwardingAnalysis previous, int[] ports, int[] links) {
		ForwardingGraph.Shape shapeBefore = previous.graph.shape();
		Set<Zone> zonesBefore = previous.zonesInUse();
		L2Repair.Change change = L2Repair.repair(previous.domains, ports, links);
		if (change == null) {
			return null;
		}
		ForwardingAnalysis next = new ForwardingAnalysis(previous, previous.policies);
		BitSet changedWays = new BitSet();
		if (change.leaves() != null) {
			next.trees.patchLeaves(change.leaves().cards(), change.leaves().edges());
		} else {
			changedWays = next.trees.regrow(change.touchedDomains());
		}
		BitSet devices = devicesToRefind(next, change, shapeBefore, changedWays);
		if (devices != null && previous.zoneMatrix != null && next.zonesInUse().equals(zonesBefore)
				&& !touchesFilter(next.index, ports, links)) {
			// the graph between domains is the same: a domain without edges in it reaches only itself, so only the
			// diagonal of the matrix could change, and it does not while the same zones have domains; but a port of a
			// firewall decides which of its ingress lists traffic meets, so an edit there redoes the matrix
			next.zoneMatrix = previous.zoneMatrix;
		}
		return new Layer2Update(next, devices, change.touchedDomains());
	}

	/** Whether an edited port, or an end of an edited link, belongs to a device with a firewall policy. */
	private static boolean touchesFilter(NetworkIndex index, int[] ports, int[] links) {
		for (int port : ports) {
			if (index.devices[index.portDevice[port]].getPolicy() != null) {
				return true;
			}
		}
		for (int link : links) {
			for (boolean endA : new boolean[] { true, false }) {
				int device = index.linkDevice(link, endA);
				if (device >= 0 && index.devices[device].getPolicy() != null) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Forwarding after edits of the rules of the given firewalls only (and nothing else): layer-2 facts are kept, and
	 * so are the routes and zone-matrix cells for which no edited firewall decides differently now. Null when the
	 * services are cut into different atoms (a rule names a new port range) and everything is worked out again.
	 */
	public static RuleUpdate afterRuleChange(ForwardingAnalysis previous, Collection<Device> firewalls) {
		ForwardingAnalysis next = new ForwardingAnalysis(previous, null);
		if (!next.policies.services().sameAtoms(previous.policies.services())) {
			return null;
		}
		int[] edited = firewalls.stream().mapToInt(next.index::indexOf).filter(d -> d >= 0).toArray();
		PolicyChange change = new PolicyChange(previous.policies, next.policies, edited);
		boolean sameTargets = List.copyOf(previous.coreTargetsBySignature.values()).equals(List.copyOf(next.coreTargetsBySignature.values()));
		Set<Party> destinations = new HashSet<>(previous.coreTargetParties);
		destinations.addAll(next.coreTargetParties);
		PolicyChange.Kinds targets = change.kinds(destinations, false);
		BitSet changedComponents = new BitSet();
		Set<Device> changedSenders = new HashSet<>();
		for (Map.Entry<ForwardingAnalysis.RouteKey, ForwardingAnalysis.Route> known : previous.routes.entrySet()) {
			ForwardingAnalysis.RouteKey key = known.getKey();
			if (sameTargets && !change.affects(change.kinds(List.of(key.sender()), true), targets)) {
				next.routes.put(key, known.getValue());
			} else if (!Objects.equals(next.route(key.component(), key.sender()), known.getValue())) {
				if (key.sender().device() != null) {
					changedSenders.add(key.sender().device());
				} else {
					changedComponents.set(key.component());
				}
			}
		}
		markUnknownRoutes(previous, change, sameTargets ? targets : null, changedComponents, changedSenders);
		for (Device named : previous.namedSources) {
			if (!next.namedSources.contains(named)) {
				changedSenders.add(named);
			}
		}
		for (Device named : next.namedSources) {
			if (!previous.namedSources.contains(named)) {
				changedSenders.add(named);
			}
		}
		if (previous.zoneMatrix != null) {
			next.zoneMatrix = new ZoneMatrixBuilder(next).build(previous, change, ForwardingAnalysis.FEW_SENDERS);
		}
		return new RuleUpdate(next, changedComponents, changedSenders);
	}

	/**
	 * The devices (by index) for which one of the edited {@code firewalls} decides differently in {@code after} than in
	 * {@code before} (two analyses of the same layer-2 domains) for some destination: those whose traffic can go
	 * elsewhere now. A device that became or stopped being named by a rule's source is among them.
	 */
	public static BitSet devicesDecidedDifferently(ForwardingAnalysis before, ForwardingAnalysis after, Collection<Device> firewalls) {
		int[] edited = firewalls.stream().mapToInt(after.index::indexOf).filter(d -> d >= 0).toArray();
		PolicyChange change = new PolicyChange(before.policies, after.policies, edited);
		List<Zone> zones = new ArrayList<>(after.index.network.getZones());
		zones.add(null);
		Set<Party> destinations = new HashSet<>();
		for (int c = 0; c < after.domains.componentCount; c++) {
			destinations.addAll(genericSenders(after, c, zones));
		}
		for (ForwardingAnalysis analysis : List.of(before, after)) {
			for (Device named : analysis.policies.namedDestinations()) {
				for (int n : analysis.startNodes(analysis.index.indexOf(named))) {
					int c = analysis.domains.component[n];
					destinations.add(new Party(named, analysis.segment(c), analysis.zone(c, named)));
				}
			}
		}
		PolicyChange.Kinds destinationKinds = change.kinds(destinations, false);
		Map<Party, Boolean> affected = new HashMap<>();
		Predicate<Party> decidesDifferently = sender -> affected.computeIfAbsent(sender,
				p -> change.affects(change.kinds(List.of(p), true), destinationKinds));
		// most hosts are no rule's source and in a domain with a zone: one answer for all of a domain's hosts
		Boolean[] byDomain = new Boolean[after.domains.componentCount];
		BitSet devices = new BitSet();
		L2Domains domains = after.domains;
		Set<Device> named = new HashSet<>(after.namedSources);
		named.addAll(before.namedSources);
		for (int n = 0; n < domains.nodeCount; n++) {
			int d = domains.nodeDevice[n];
			if (devices.get(d) || n >= domains.bridgeNodes && !domains.nodeUp[n]) {
				continue;
			}
			int c = domains.component[n];
			Device device = after.index.devices[d];
			if (named.contains(device)) {
				boolean namedAfter = after.namedSources.contains(device);
				if (namedAfter != before.namedSources.contains(device)
						|| decidesDifferently.test(new Party(namedAfter ? device : null, after.segment(c), after.zone(c, device)))) {
					devices.set(d);
				}
			} else if (after.zone(c, null) != null) {
				if (byDomain[c] == null) {
					byDomain[c] = decidesDifferently.test(after.genericParty(c));
				}
				if (byDomain[c]) {
					devices.set(d);
				}
			} else if (decidesDifferently.test(new Party(null, after.segment(c), after.zone(c, device)))) {
				devices.set(d);
			}
		}
		return devices;
	}

	/**
	 * Marks the domains and named senders whose route {@code previous} never worked out (nobody asked for it since
	 * that analysis was made, as after a layer-2 edit) and for which an edited firewall now decides differently: the
	 * analysis before cannot tell whether their route changed, so it may have. With {@code targets} null (the core
	 * targets are grouped differently now) every such route may have changed.
	 */
	private static void markUnknownRoutes(ForwardingAnalysis previous, PolicyChange change, PolicyChange.Kinds targets,
			BitSet changedComponents, Set<Device> changedSenders) {
		Map<Party, Boolean> affected = new HashMap<>();
		Predicate<Party> decidesDifferently = sender -> targets == null
				|| affected.computeIfAbsent(sender, s -> change.affects(change.kinds(List.of(s), true), targets));
		List<Zone> zones = new ArrayList<>(previous.index.network.getZones());
		zones.add(null);
		for (int c = 0; c < previous.domains.componentCount; c++) {
			for (Party sender : genericSenders(previous, c, zones)) {
				if (!previous.routes.containsKey(new ForwardingAnalysis.RouteKey(c, sender)) && decidesDifferently.test(sender)) {
					changedComponents.set(c);
					break;
				}
			}
		}
		for (Device named : previous.namedSources) {
			for (int n : previous.startNodes(previous.index.indexOf(named))) {
				int c = previous.domains.component[n];
				Party sender = new Party(named, previous.segment(c), previous.zone(c, named));
				if (!previous.routes.containsKey(new ForwardingAnalysis.RouteKey(c, sender)) && decidesDifferently.test(sender)) {
					changedSenders.add(named);
				}
			}
		}
	}

	/** How the rules can see a host of domain {@code c} that no rule names: with the domain's zone, or any zone its device has when the domain has none. */
	private static List<Party> genericSenders(ForwardingAnalysis analysis, int c, List<Zone> zones) {
		Zone zone = analysis.zone(c, null);
		if (zone != null) {
			return List.of(new Party(null, analysis.segment(c), zone));
		}
		return zones.stream().map(z -> new Party(null, analysis.segment(c), z)).toList();
	}

	/**
	 * The devices whose findings an edit can have changed, or null for all of them: those with a node the repair
	 * rewired or moved or whose domain's segments changed, and those whose way to a router changed; all when the
	 * graph between domains changed, or a changed domain carries traffic between two others.
	 */
	private static BitSet devicesToRefind(ForwardingAnalysis next, L2Repair.Change change, ForwardingGraph.Shape shapeBefore,
			BitSet changedWays) {
		if (!next.graph.shape().equals(shapeBefore) || next.graph.carriesThrough(change.touchedDomains())) {
			return null;
		}
		BitSet devices = new BitSet(next.index.deviceCount());
		for (BitSet nodes : List.of(change.touchedNodes(), changedWays)) {
			for (int n = nodes.nextSetBit(0); n >= 0; n = nodes.nextSetBit(n + 1)) {
				devices.set(next.domains.nodeDevice[n]);
			}
		}
		return devices;
	}
}
