package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Zone;

/**
 * Works out the zone-to-zone matrix of a forwarding analysis: a cell is reachable when a host in some segment of the
 * first zone can send to a host in some segment of the second through devices whose policies let it (hosts of one
 * segment always reach each other, so a zone with segments reaches itself). After rule edits it keeps the cells of
 * the analysis before for which no edited firewall decides differently.
 */
final class ZoneMatrixBuilder {

	private final ForwardingAnalysis analysis;
	private final L2Domains domains;
	private final PolicyIndex policies;

	ZoneMatrixBuilder(ForwardingAnalysis analysis) {
		this.analysis = analysis;
		this.domains = analysis.domains;
		this.policies = analysis.policies;
	}

	/**
	 * The zone matrix, keeping the cells of {@code previous}'s (when not null) for which the column's destinations
	 * are grouped alike and no firewall of {@code change} decides differently between a source and a destination of
	 * the cell; the traffic of signatures at most {@code fewSenders} domains have is followed forward.
	 */
	ZoneMatrix build(ForwardingAnalysis previous, PolicyChange change, int fewSenders) {
		List<Zone> zones = List.copyOf(analysis.index.network.getZones());
		ZoneMatrix.Cell[][] cells = new ZoneMatrix.Cell[zones.size()][zones.size()];
		Map<Zone, BitSet> componentsByZone = new HashMap<>();
		for (int c = 0; c < domains.componentCount; c++) {
			Zone zone = analysis.zone(c, null);
			if (zone != null) {
				componentsByZone.computeIfAbsent(zone, z -> new BitSet()).set(c);
			}
		}
		BitSet[] sourceSignatures = new BitSet[domains.componentCount];
		Map<BitSet, Integer> senders = new HashMap<>();
		for (BitSet inZone : componentsByZone.values()) {
			for (int c = inZone.nextSetBit(0); c >= 0; c = inZone.nextSetBit(c + 1)) {
				sourceSignatures[c] = policies.sourceSignature(analysis.genericParty(c));
				senders.merge(sourceSignatures[c], 1, Integer::sum);
			}
		}
		List<PolicyChange.Kinds> sourceKinds = new ArrayList<>();
		if (change != null) {
			for (Zone zone : zones) {
				sourceKinds.add(change.kinds(genericParties(componentsByZone.getOrDefault(zone, new BitSet())), true));
			}
		}
		for (int to = 0; to < zones.size(); to++) {
			BitSet inZone = componentsByZone.getOrDefault(zones.get(to), new BitSet());
			Map<BitSet, BitSet> targets = groupByDestination(analysis, inZone);
			boolean keep = change != null
					&& List.copyOf(targets.values()).equals(List.copyOf(groupByDestination(previous, inZone).values()));
			PolicyChange.Kinds targetKinds = keep ? change.kinds(genericParties(inZone), false) : null;
			// runs towards one zone are kept only while its column is filled: a matrix of many zones would hold
			// zones x source signatures runs of a long[] per graph node each
			Map<List<BitSet>, Reachability.Run> column = new HashMap<>();
			for (int from = 0; from < zones.size(); from++) {
				cells[from][to] = keep && !change.affects(sourceKinds.get(from), targetKinds)
						? previous.zoneMatrix.cells()[from][to]
						: cell(componentsByZone.getOrDefault(zones.get(from), new BitSet()), sourceSignatures,
								source -> senders.get(source) <= fewSenders, targets, column);
			}
		}
		return new ZoneMatrix(zones, cells);
	}

	/** The domains of {@code components} grouped by how the rules of {@code of} see a destination in them. */
	static Map<BitSet, BitSet> groupByDestination(ForwardingAnalysis of, BitSet components) {
		Map<BitSet, BitSet> groups = new LinkedHashMap<>();
		for (int c = components.nextSetBit(0); c >= 0; c = components.nextSetBit(c + 1)) {
			groups.computeIfAbsent(of.policies.destinationSignature(of.genericParty(c)), s -> new BitSet()).set(c);
		}
		return groups;
	}

	private Set<Party> genericParties(BitSet components) {
		Set<Party> parties = new HashSet<>();
		for (int c = components.nextSetBit(0); c >= 0; c = components.nextSetBit(c + 1)) {
			parties.add(analysis.genericParty(c));
		}
		return parties;
	}

	/**
	 * One cell: what the {@code sources} domains send to the {@code targets} ones. Traffic of a signature few domains
	 * have is followed forward from each of them (most of it stops at the first firewall); that of a common one is
	 * worked out once backward from the targets, in runs kept for the {@code column}.
	 */
	private ZoneMatrix.Cell cell(BitSet sources, BitSet[] sourceSignatures, Predicate<BitSet> few,
			Map<BitSet, BitSet> targets, Map<List<BitSet>, Reachability.Run> column) {
		Reachability reachability = analysis.reachability;
		ForwardingGraph graph = analysis.graph;
		long[] services = policies.services().none();
		List<Device> via = null;
		Reachability.Run forward = null;
		for (int c = sources.nextSetBit(0); c >= 0; c = sources.nextSetBit(c + 1)) {
			BitSet source = sourceSignatures[c];
			boolean forwardRuns = few.test(source);
			for (Map.Entry<BitSet, BitSet> group : targets.entrySet()) {
				if (forwardRuns) {
					forward = reachability.outOf(c, group.getValue(), source, group.getKey(), forward);
				}
				Reachability.Run run = forwardRuns ? forward
						: column.computeIfAbsent(List.of(source, group.getKey(), group.getValue()),
								key -> reachability.towards(group.getValue(), source, group.getKey()));
				long[] reach = run.from(c);
				int atom = policies.services().anyAtom(reach);
				if (atom < 0) {
					continue;
				}
				ServiceMasks.or(services, reach);
				if (via == null) {
					via = new ArrayList<>();
					for (int e : run.witness(c, atom, group.getValue())) {
						int d = graph.nodeDevice[graph.edgeFrom[e]];
						if (d >= 0 && graph.edgeKind[e] == ForwardingGraph.EXIT) {
							via.add(analysis.index.devices[d]);
						}
					}
				}
			}
		}
		return via == null ? ZoneMatrix.Cell.UNREACHABLE : new ZoneMatrix.Cell(true, policies.services().describe(services), via);
	}
}
