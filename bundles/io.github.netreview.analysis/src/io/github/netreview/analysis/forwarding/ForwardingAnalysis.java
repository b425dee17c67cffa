package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Forwarding facts of one network: its layer-2 domains, which of them are core, and which devices can send into a
 * core domain, by which services and path. Built from a {@link NetworkIndex}; never changes the model.
 */
public final class ForwardingAnalysis {

	/** Up to how many domains sending with one signature the zone matrix follows their traffic forward. */
	static final int FEW_SENDERS = 4;

	final NetworkIndex index;
	final L2Domains domains;
	final DomainTrees trees;
	final ForwardingGraph graph;
	final PolicyIndex policies;
	final Reachability reachability;
	final PathExpander paths;
	private final BitSet coreComponents = new BitSet();
	/** Which segments are in a core zone, read when this analysis is made. */
	private final boolean[] coreSegments;
	/** Core target domains grouped by how rules see a destination in them. */
	final Map<BitSet, BitSet> coreTargetsBySignature = new LinkedHashMap<>();
	private final Map<List<BitSet>, Reachability.Run> runs = new HashMap<>();
	/** The buffer of the runs forward from one domain for senders some rule names; one is read before the next is made. */
	private Reachability.Run forward;
	/** Devices some rule names as its source: only they need a signature of their own. */
	final Set<Device> namedSources;
	/** Domain-level routes to the core, shared by every device of a domain with the same source signature. */
	final Map<RouteKey, Route> routes = new HashMap<>();
	/** The destinations core domains are to the rules. */
	final Set<Party> coreTargetParties = new HashSet<>();
	private int[] firstNode;
	/** The zone matrix once worked out (or kept from the analysis this one follows); null before. */
	ZoneMatrix zoneMatrix;
	/** The domains each domain can send something to, made when first asked. */
	private DomainReach domainReach;

	private ForwardingAnalysis(NetworkIndex index) {
		this.index = index;
		coreSegments = new boolean[index.segments.length];
		domains = L2Domains.of(index);
		trees = new DomainTrees(domains);
		graph = new ForwardingGraph(domains);
		paths = new PathExpander(graph, trees);
		policies = new PolicyIndex(index);
		reachability = new Reachability(graph, policies);
		namedSources = policies.namedSources();
		prepareTargets();
	}

	/**
	 * The layer-2 facts of {@code previous}, with its policies read again when {@code policies} is null, or with
	 * its graph between domains made again (after a repair of the domains) when it is not.
	 */
	ForwardingAnalysis(ForwardingAnalysis previous, PolicyIndex policies) {
		index = previous.index;
		coreSegments = new boolean[index.segments.length];
		domains = previous.domains;
		trees = previous.trees;
		if (policies == null) {
			graph = previous.graph;
			paths = previous.paths;
			this.policies = new PolicyIndex(index);
		} else {
			graph = new ForwardingGraph(domains);
			paths = new PathExpander(graph, trees);
			this.policies = policies;
		}
		reachability = new Reachability(graph, this.policies);
		namedSources = this.policies.namedSources();
		prepareTargets();
	}

	private void prepareTargets() {
		for (int s = 0; s < coreSegments.length; s++) {
			coreSegments[s] = index.segmentZones[s] != null && index.segmentZones[s].isCore();
		}
		for (int c = 0; c < domains.componentCount; c++) {
			if (isCore(c)) {
				coreComponents.set(c);
			}
		}
		groupCoreTargets();
	}

	/**
	 * Forwarding after an edit that leaves cabling, interfaces and VLANs alone (a firewall rule, a zone's core flag,
	 * a device's zone): layer-2 domains and paths are reused, reachability is worked out again.
	 */
	public static ForwardingAnalysis afterPolicyChange(ForwardingAnalysis previous) {
		return new ForwardingAnalysis(previous, null);
	}

	/** Whether one of the domains device {@code d} starts from is among {@code components}. */
	public boolean startsIn(int d, BitSet components) {
		for (int c : componentsOf(d)) {
			if (components.get(c)) {
				return true;
			}
		}
		return false;
	}

	public static ForwardingAnalysis of(NetworkIndex index) {
		return new ForwardingAnalysis(index);
	}

	/** The domains device {@code d} is in: those of its switching nodes, then of its enabled cards, each once. */
	private int[] componentsOf(int d) {
		int[] result = new int[domains.bridgeStart[d + 1] - domains.bridgeStart[d]
				+ domains.attachStart[index.devicePortStart[d + 1]] - domains.attachStart[index.devicePortStart[d]]];
		int count = 0;
		for (int n = domains.bridgeStart[d]; n < domains.bridgeStart[d + 1]; n++) {
			count = addOnce(result, count, domains.component[n]);
		}
		for (int n = domains.attachStart[index.devicePortStart[d]]; n < domains.attachStart[index.devicePortStart[d + 1]]; n++) {
			if (domains.nodeUp[n]) {
				count = addOnce(result, count, domains.component[n]);
			}
		}
		return count == result.length ? result : Arrays.copyOf(result, count);
	}

	private static int addOnce(int[] values, int count, int value) {
		for (int i = 0; i < count; i++) {
			if (values[i] == value) {
				return count;
			}
		}
		values[count] = value;
		return count + 1;
	}

	private boolean isCore(int c) {
		for (int segment : domains.componentSegments.get(c)) {
			if (coreSegments[segment]) {
				return true;
			}
		}
		return false;
	}

	/** Whether a segment belongs to a core zone. */
	public static boolean isCore(Segment segment) {
		return segment != null && segment.getZone() != null && segment.getZone().isCore();
	}

	private void groupCoreTargets() {
		for (int c = coreComponents.nextSetBit(0); c >= 0; c = coreComponents.nextSetBit(c + 1)) {
			Segment core = coreSegmentOf(c);
			addTarget(new Party(null, core, core.getZone()), c);
		}
		for (Device named : policies.namedDestinations()) {
			int d = index.indexOf(named);
			if (d < 0) {
				continue;
			}
			for (int c : componentsOf(d)) {
				if (coreComponents.get(c)) {
					Segment core = coreSegmentOf(c);
					addTarget(new Party(named, core, core.getZone()), c);
				}
			}
		}
	}

	/** Whether domain {@code c} holds a core segment. */
	boolean isCoreComponent(int c) {
		return coreComponents.get(c);
	}

	/** The core segment of a core domain: where a destination in it is, for the rules (the leading one if several). */
	Segment coreSegmentOf(int c) {
		int primary = domains.componentSegment[c];
		if (primary >= 0 && coreSegments[primary]) {
			return index.segments[primary];
		}
		for (int s : domains.componentSegments.get(c)) {
			if (coreSegments[s]) {
				return index.segments[s];
			}
		}
		throw new IllegalStateException("domain " + c + " is not core");
	}

	private void addTarget(Party destination, int component) {
		coreTargetParties.add(destination);
		coreTargetsBySignature.computeIfAbsent(policies.destinationSignature(destination), s -> new BitSet()).set(component);
	}

	/** Any host of domain {@code c}, as the rules see it. */
	Party genericParty(int c) {
		return new Party(null, segment(c), zone(c, null));
	}

	/** The segment of a domain, or null when it cannot be told. */
	Segment segment(int c) {
		int s = domains.componentSegment[c];
		return s < 0 ? null : index.segments[s];
	}

	Zone zone(int c, Device device) {
		int s = domains.componentSegment[c];
		if (s >= 0 && index.segmentZones[s] != null) {
			return index.segmentZones[s];
		}
		return device == null ? null : device.getZone();
	}

	/** In how many layer-2 domains the device has a presence. */
	public int domainCountOf(Device device) {
		int d = index.indexOf(device);
		if (d < 0) {
			return 0;
		}
		int bridgeNodes = domains.bridgeStart[d + 1] - domains.bridgeStart[d];
		int from = domains.attachStart[index.devicePortStart[d]];
		int to = domains.attachStart[index.devicePortStart[d + 1]];
		if (bridgeNodes == 0 && to - from <= 1) {
			return to > from && domains.nodeUp[from] ? 1 : 0; // most devices: one card, counted without a list
		}
		return componentsOf(d).length;
	}

	/** The segments a device has a presence in (through its cards, or the VLANs it switches). */
	public List<Segment> segmentsOf(Device device) {
		List<Segment> result = new ArrayList<>();
		for (int c : components(device)) {
			Segment segment = segment(c);
			if (segment != null && !result.contains(segment)) {
				result.add(segment);
			}
		}
		return result;
	}

	/** Whether a card of {@code device} is up in a segment of a zone other than {@code zone}, without building a list. */
	public boolean upOutside(Device device, Zone zone) {
		int d = index.indexOf(device);
		if (d < 0) {
			return false;
		}
		for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
			for (int n = domains.attachStart[p]; n < domains.attachStart[p + 1]; n++) {
				Segment segment = domains.nodeUp[n] ? segment(domains.component[n]) : null;
				if (segment != null && segment.getZone() != null && segment.getZone() != zone) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The segments a device is a host in: those of its cards, routed ports and SVIs that are up (not the VLANs it
	 * only switches).
	 */
	public List<Segment> hostSegmentsOf(Device device) {
		int d = index.indexOf(device);
		List<Segment> result = new ArrayList<>();
		if (d < 0) {
			return result;
		}
		for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
			for (int n = domains.attachStart[p]; n < domains.attachStart[p + 1]; n++) {
				Segment segment = segment(domains.component[n]);
				if (domains.nodeUp[n] && segment != null && !result.contains(segment)) {
					result.add(segment);
				}
			}
		}
		return result;
	}

	/** Whether a device is in a core segment itself (through a card that is up, or a VLAN it switches). */
	public boolean inCoreSegment(Device device) {
		int d = index.indexOf(device);
		if (d < 0) {
			return false;
		}
		for (int n = domains.bridgeStart[d]; n < domains.bridgeStart[d + 1]; n++) {
			if (coreComponents.get(domains.component[n])) {
				return true;
			}
		}
		for (int n = domains.attachStart[index.devicePortStart[d]]; n < domains.attachStart[index.devicePortStart[d + 1]]; n++) {
			if (domains.nodeUp[n] && coreComponents.get(domains.component[n])) {
				return true;
			}
		}
		return false;
	}

	/** The core segments a device is in itself, empty when none. */
	public List<Segment> coreSegmentsOf(Device device) {
		List<Segment> result = new ArrayList<>();
		for (int c : components(device)) {
			if (coreComponents.get(c)) {
				for (int s : domains.componentSegments.get(c)) {
					Segment segment = index.segments[s];
					if (coreSegments[s] && !result.contains(segment)) {
						result.add(segment);
					}
				}
			}
		}
		return result;
	}

	/**
	 * The segments a device is present in through cards that are up and joined to something else by an enabled link
	 * (or the VLANs it switches): where it could really carry traffic, unlike a card on a planned or disabled cable.
	 */
	public List<Segment> liveSegmentsOf(Device device) {
		int d = index.indexOf(device);
		List<Segment> result = new ArrayList<>();
		if (d < 0) {
			return result;
		}
		for (int n : startNodes(d)) {
			int c = domains.component[n];
			Segment segment = segment(c);
			if (domains.componentSize[c] > 1 && segment != null && !result.contains(segment)) {
				result.add(segment);
			}
		}
		return result;
	}

	/** The index this analysis reads (incremental updates refresh it in place). */
	public NetworkIndex index() {
		return index;
	}

	/** Whether one of the device's cards that are up (or a VLAN it switches) is joined to something else. */
	public boolean connected(Device device) {
		int d = index.indexOf(device);
		if (d < 0) {
			return false;
		}
		for (int n : startNodes(d)) {
			if (domains.componentSize[domains.component[n]] > 1) {
				return true;
			}
		}
		return false;
	}

	private synchronized DomainReach domainReach() {
		if (domainReach == null) {
			domainReach = new DomainReach(this);
		}
		return domainReach;
	}

	/**
	 * What decides where {@code device}'s traffic can go in this analysis: the domains it starts from and how the
	 * rules see it there. Devices with equal keys reach the same segments, zones and devices alike.
	 */
	public Object senderKey(Device device) {
		int d = index.indexOf(device);
		List<RouteKey> key = new ArrayList<>();
		if (d >= 0) {
			for (int n : startNodes(d)) {
				int c = domains.component[n];
				key.add(new RouteKey(c, sender(device, c)));
			}
		}
		return key;
	}

	/**
	 * The segments and zones {@code device} can send something to as a host (from its cards, routed ports and SVIs
	 * that are up; a VLAN it only switches sends nothing of its own), its own among them.
	 */
	public Reach reachOf(Device device) {
		int d = index.indexOf(device);
		BitSet reached = new BitSet();
		BitSet started = new BitSet();
		if (d >= 0) {
			for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
				for (int n = domains.attachStart[p]; n < domains.attachStart[p + 1]; n++) {
					int c = domains.component[n];
					if (domains.nodeUp[n] && !started.get(c)) {
						started.set(c);
						reached.or(domainReach().from(c, sender(device, c)));
					}
				}
			}
		}
		Set<Segment> segments = new LinkedHashSet<>();
		Set<Zone> zones = new LinkedHashSet<>();
		for (int c = reached.nextSetBit(0); c >= 0; c = reached.nextSetBit(c + 1)) {
			for (int s : domains.componentSegments.get(c)) {
				segments.add(index.segments[s]);
				if (index.segmentZones[s] != null) {
					zones.add(index.segmentZones[s]);
				}
			}
		}
		return new Reach(segments, zones);
	}

	/** Whether the device switches frames between its ports (a switch or access point). */
	public boolean switches(Device device) {
		int d = index.indexOf(device);
		return d >= 0 && index.bridges(d);
	}

	/**
	 * The enabled cards joined to something by an enabled link whose layer-2 domain no segment claims (no VLAN or
	 * prefix places it): where the analysis cannot say which zone traffic is in.
	 */
	public List<Interface> interfacesInNoSegment() {
		List<Interface> result = new ArrayList<>();
		for (int n = domains.bridgeNodes; n < domains.nodeCount; n++) {
			int c = domains.component[n];
			if (domains.nodeUp[n] && domains.componentSize[c] > 1 && domains.componentSegment[c] < 0) {
				Interface port = index.port(domains.nodePort[n]);
				if (result.isEmpty() || result.get(result.size() - 1) != port) {
					result.add(port);
				}
			}
		}
		return result;
	}

	/** The layer-2 chain and configuration that put {@code device} in a core segment, or null when it is in none. */
	public CoreChain coreChainOf(Device device) {
		int d = index.indexOf(device);
		return d >= 0 && startsIn(d, coreComponents) ? new CoreChains(this).of(device) : null;
	}

	/** The devices at the other end of a device's cables, whether the cables are enabled or not. */
	public List<Device> cabledTo(Device device) {
		int d = index.indexOf(device);
		List<Device> result = new ArrayList<>();
		if (d < 0) {
			return result;
		}
		for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
			for (int l : index.linksOf(p)) {
				Device other = index.devices[index.portDevice[index.peer(l, p)]];
				if (other != device && !result.contains(other)) {
					result.add(other);
				}
			}
		}
		return result;
	}

	private int[] components(Device device) {
		int d = index.indexOf(device);
		return d < 0 ? new int[0] : componentsOf(d);
	}

	/** Whether {@code device} can send into a core domain, with the first core segment, services and path. */
	public CoreReach reachCore(Device device) {
		int d = index.indexOf(device);
		if (d < 0) {
			return CoreReach.NONE;
		}
		CoreReach best = CoreReach.NONE;
		for (int n : startNodes(d)) {
			Route route = route(device, domains.component[n]);
			if (route != null) {
				List<EObject> hops = paths.expand(n, route.edges());
				if (!best.reachable() || hops.size() < best.path().size()) {
					best = new CoreReach(true, route.segment(), route.segment() == null ? null : route.segment().getZone(),
							route.services(), hops, CoreReach.entryOf(hops));
				}
			}
		}
		return best;
	}

	/** A shortest domain-level route into the core and what it carries. */
	record Route(List<Integer> edges, Segment segment, String services) {
	}

	/** Where routes are kept: by the domain they start in and who sends, as the rules see it. */
	record RouteKey(int component, Party sender) {
	}

	/** The route from domain {@code c} for {@code device}'s traffic, or null when none reaches the core. */
	private Route route(Device device, int c) {
		return route(c, sender(device, c));
	}

	Route route(int c, Party sender) {
		RouteKey key = new RouteKey(c, sender);
		if (routes.containsKey(key)) {
			return routes.get(key);
		}
		BitSet source = policies.sourceSignature(sender);
		Route best = null;
		for (Map.Entry<BitSet, BitSet> targets : coreTargetsBySignature.entrySet()) {
			Reachability.Run run = run(c, source, targets.getKey(), targets.getValue(), sender.device() != null);
			int atom = policies.services().anyAtom(run.from(c));
			List<Integer> edges = atom < 0 ? null : run.witness(c, atom, targets.getValue());
			if (edges != null && (best == null || edges.size() < best.edges().size())) {
				int end = edges.isEmpty() ? c : graph.edgeTo[edges.get(edges.size() - 1)];
				best = new Route(edges, segment(end), policies.services().describe(run.servicesAlong(edges)));
			}
		}
		routes.put(key, best);
		return best;
	}

	/** How the rules see {@code device} sending from domain {@code c}: any host of its segment unless a rule names it. */
	private Party sender(Device device, int c) {
		return new Party(namedSources.contains(device) ? device : null, segment(c), zone(c, device));
	}

	private BitSet sourceSignature(Device device, int c) {
		return policies.sourceSignature(sender(device, c));
	}

	/**
	 * Every service that can get from {@code device} into a core domain, on some route (all of them when the device
	 * is in a core domain itself). Ask {@link #services()} what a mask holds.
	 */
	public long[] coreServiceMask(Device device) {
		int d = index.indexOf(device);
		long[] mask = policies.services().none();
		if (d < 0) {
			return mask;
		}
		for (int n : startNodes(d)) {
			int c = domains.component[n];
			if (coreComponents.get(c)) {
				return policies.services().all();
			}
			BitSet source = sourceSignature(device, c);
			for (Map.Entry<BitSet, BitSet> targets : coreTargetsBySignature.entrySet()) {
				ServiceMasks.or(mask, run(c, source, targets.getKey(), targets.getValue(), namedSources.contains(device)).from(c));
			}
		}
		return mask;
	}

	/**
	 * What {@code source} can send to {@code destination} (each a device, segment or zone): the services that arrive
	 * on some route, and a shortest path, ending at the destination device or in the destination segment, for a
	 * service in {@code wanted}.
	 */
	public FlowReach flow(FlowEndpoint source, FlowEndpoint destination, long[] wanted) {
		long[] arriving = policies.services().none();
		List<EObject> best = List.of();
		Map<BitSet, BitSet> targets = targetsOf(destination);
		for (int[] start : startsOf(source)) {
			int node = start[0];
			int c = domains.component[node];
			BitSet signature = source instanceof Device device ? sourceSignature(device, c)
					: policies.sourceSignature(genericParty(c));
			for (Map.Entry<BitSet, BitSet> group : targets.entrySet()) {
				Reachability.Run run = run(c, signature, group.getKey(), group.getValue(),
						source instanceof Device device && namedSources.contains(device));
				long[] reach = run.from(c);
				ServiceMasks.or(arriving, reach);
				int atom = policies.services().anyAtom(ServiceMasks.and(reach, wanted));
				List<Integer> edges = atom < 0 ? null : run.witness(c, atom, group.getValue());
				if (edges != null) {
					int end = edges.isEmpty() ? c : graph.edgeTo[edges.get(edges.size() - 1)];
					List<EObject> hops = paths.expand(node, edges, destination instanceof Device device ? nodeIn(device, end) : -1);
					if (best.isEmpty() || hops.size() < best.size()) {
						best = hops;
					}
				}
			}
		}
		return new FlowReach(arriving, best);
	}

	/** One node per domain a flow end is in, from which its traffic starts. */
	private List<int[]> startsOf(FlowEndpoint end) {
		List<int[]> starts = new ArrayList<>();
		if (end instanceof Device device) {
			int d = index.indexOf(device);
			if (d >= 0) {
				startNodes(d).forEach(n -> starts.add(new int[] { n }));
			}
			return starts;
		}
		int[] firstNode = firstNodes();
		BitSet components = componentsOf(end);
		for (int c = components.nextSetBit(0); c >= 0; c = components.nextSetBit(c + 1)) {
			starts.add(new int[] { firstNode[c] });
		}
		return starts;
	}

	/** The first node of each domain, worked out once: flows from segments and zones start there. */
	private synchronized int[] firstNodes() {
		if (firstNode == null) {
			int[] first = new int[domains.componentCount];
			Arrays.fill(first, -1);
			for (int n = domains.nodeCount - 1; n >= 0; n--) {
				first[domains.component[n]] = n;
			}
			firstNode = first;
		}
		return firstNode;
	}

	/** The domains of a segment or zone. */
	private BitSet componentsOf(FlowEndpoint end) {
		BitSet components = new BitSet();
		for (int c = 0; c < domains.componentCount; c++) {
			if (end instanceof Zone zone ? zone(c, null) == zone : hasSegment(c, end)) {
				components.set(c);
			}
		}
		return components;
	}

	private boolean hasSegment(int c, FlowEndpoint segment) {
		for (int s : domains.componentSegments.get(c)) {
			if (index.segments[s] == segment) {
				return true;
			}
		}
		return false;
	}

	/** The domains of a flow's destination grouped by how rules see a destination in them. */
	private Map<BitSet, BitSet> targetsOf(FlowEndpoint end) {
		Map<BitSet, BitSet> targets = new LinkedHashMap<>();
		if (end instanceof Device device) {
			for (int c : components(device)) {
				targets.computeIfAbsent(policies.destinationSignature(new Party(device, segment(c), zone(c, device))),
						s -> new BitSet()).set(c);
			}
			return targets;
		}
		return ZoneMatrixBuilder.groupByDestination(this, componentsOf(end));
	}

	/** A node of {@code device} in domain {@code c}, or -1. */
	private int nodeIn(Device device, int c) {
		int d = index.indexOf(device);
		for (int n : startNodes(d)) {
			if (domains.component[n] == c) {
				return n;
			}
		}
		return -1;
	}

	public ServiceSpace services() {
		return policies.services();
	}

	/** One node per domain the device is in, from which its traffic starts. */
	List<Integer> startNodes(int d) {
		Map<Integer, Integer> byComponent = new LinkedHashMap<>();
		for (int p = index.devicePortStart[d]; p < index.devicePortStart[d + 1]; p++) {
			for (int n = domains.attachStart[p]; n < domains.attachStart[p + 1]; n++) {
				if (domains.nodeUp[n]) {
					byComponent.putIfAbsent(domains.component[n], n);
				}
			}
		}
		for (int n = domains.bridgeStart[d]; n < domains.bridgeStart[d + 1]; n++) {
			byComponent.putIfAbsent(domains.component[n], n);
		}
		return new ArrayList<>(byComponent.values());
	}

	/**
	 * The run answering for traffic from domain {@code c}. A device decides only by the rules that match both ends, so
	 * runs are kept by the rules the source and destination signatures share: senders alike in those share one run
	 * towards the targets. A sender some rule names, whose shared rules differ from those of any host of its domain
	 * (it would share its run with no one), gets a run forward from {@code c} instead, made again in one reused buffer,
	 * which costs only what its traffic reaches.
	 */
	private Reachability.Run run(int c, BitSet source, BitSet destination, BitSet targets, boolean named) {
		BitSet shared = (BitSet) source.clone();
		shared.and(destination);
		if (named) {
			BitSet generic = (BitSet) policies.sourceSignature(genericParty(c)).clone();
			generic.and(destination);
			if (!generic.equals(shared)) {
				forward = reachability.outOf(c, targets, shared, destination, forward);
				return forward;
			}
		}
		return run(shared, destination, targets);
	}

	private Reachability.Run run(BitSet source, BitSet destination, BitSet targets) {
		return runs.computeIfAbsent(List.of(source, destination, targets), key -> reachability.towards(targets, source, destination));
	}

	/**
	 * The zone-to-zone matrix: a cell is reachable when a host in some segment of the first zone can send to a host
	 * in some segment of the second through devices whose policies let it (hosts of one segment always reach each
	 * other, so a zone with segments reaches itself).
	 */
	public synchronized ZoneMatrix zoneMatrix() {
		if (zoneMatrix == null) {
			zoneMatrix = zoneMatrix(FEW_SENDERS);
		}
		return zoneMatrix;
	}

	/** The zones with a domain in them. */
	Set<Zone> zonesInUse() {
		Set<Zone> zones = new HashSet<>();
		for (int c = 0; c < domains.componentCount; c++) {
			zones.add(zone(c, null));
		}
		return zones;
	}

	/** The zone matrix worked out afresh, following forward the traffic of signatures at most {@code fewSenders} domains have. */
	ZoneMatrix zoneMatrix(int fewSenders) {
		return new ZoneMatrixBuilder(this).build(null, null, fewSenders);
	}
}
