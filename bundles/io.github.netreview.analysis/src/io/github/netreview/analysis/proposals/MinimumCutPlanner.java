package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.forwarding.FlowReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.RequiredFlow;

/**
 * Disables the fewest links that separate every restricted device with a path to the core from all core equipment:
 * a maximum flow from the restricted devices to the devices in core zones or segments over the cabling (one arc per
 * direction a link carries, endpoints other than the sources forwarding nothing), whose minimum cut is the answer.
 * Only links no innocent traffic depends on are cut: the restricted end hosts' own cables, which takes them out of
 * service. When no such cut exists, the fewest links at all are proposed and verification names whom they cut off.
 * Links on the paths of the required flows that work are never cut. Devices inside the core cannot be cut off the
 * core, so this kind does not apply to them.
 */
public final class MinimumCutPlanner implements Planner {

	@Override
	public ProposalKind kind() {
		return ProposalKind.MINIMUM_CUT;
	}

	@Override
	public Optional<Draft> plan(Assessment assessment, ProposalTrials trials) {
		Map<Device, Finding> problems = CoreProblems.devices(assessment);
		if (problems.isEmpty() || problems.values().stream().anyMatch(f -> f.rule() != Rule.RESTRICTED_PATH_TO_CORE)) {
			return Optional.empty();
		}
		String devices = problems.size() + " restricted " + (problems.size() == 1 ? "device" : "devices");
		List<Link> cut = cut(assessment, problems.keySet());
		if (!cut.isEmpty()) {
			return Optional.of(draft(cut, "The fewest links that separate the " + devices + " from the core and that no other traffic"
					+ " crosses: their own cables, which takes them out of service (verification lists the flows that stop with them): "));
		}
		cut = cut(assessment, problems.keySet(), true, link -> true).stream().map(CutLink::link).toList();
		if (cut.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(draft(cut, "No cut spares other devices: every set of links that separates the " + devices
				+ " from the core without cutting a required flow's path also carries other traffic. The fewest links, whose"
				+ " verification lists the devices they cut off: "));
	}

	private static Draft draft(List<Link> cut, String why) {
		List<ModelEdit> edits = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Link link : cut) {
			edits.add(new SetValue(link.getId(), "enabled", "true", "false"));
			names.add(describe(link));
		}
		return new Draft("Disable " + cut.size() + (cut.size() == 1 ? " link" : " links") + " (minimum cut)",
				why + CoreProblems.summary(names) + ".", edits);
	}

	/**
	 * The links of a minimum cut that no innocent traffic depends on, in network order: only the restricted devices'
	 * own cables (see {@link OwnCables}) can be cut, never one on the path of a required flow that works. Empty when
	 * there is no such cut.
	 */
	public static List<Link> cut(Assessment assessment, Set<Device> sources) {
		Set<Link> own = OwnCables.of(assessment.forwarding().index(), sources);
		return cut(assessment, sources, true, own::contains).stream().map(CutLink::link).toList();
	}

	/** A link of a cut, with the device at its end on the restricted devices' side. */
	record CutLink(Link link, Device sourceSide) {
	}

	/**
	 * The links of a minimum cut nearest the restricted devices, in network order, each with its end on their side;
	 * when {@code keepFlows}, links on the paths of working required flows cannot be cut.
	 */
	static List<CutLink> cut(Assessment assessment, Set<Device> sources, boolean keepFlows) {
		return cut(assessment, sources, keepFlows, link -> true, MaxFlow.INFINITE);
	}

	/** As {@link #cut(Assessment, Set, boolean)}, with only the links {@code mayCut} accepts cut. */
	static List<CutLink> cut(Assessment assessment, Set<Device> sources, boolean keepFlows, Predicate<Link> mayCut) {
		return cut(assessment, sources, keepFlows, mayCut, MaxFlow.INFINITE);
	}

	/** As {@link #cut(Assessment, Set, boolean, Predicate)}, but empty as soon as the cut would have {@code limit} links or more. */
	static List<CutLink> cut(Assessment assessment, Set<Device> sources, boolean keepFlows, Predicate<Link> mayCut, long limit) {
		ForwardingAnalysis forwarding = assessment.forwarding();
		NetworkIndex index = forwarding.index();
		int s = index.deviceCount();
		int t = s + 1;
		MaxFlow flow = new MaxFlow(s + 2, index.linkCount() * 2 + s);
		for (Device source : sources) {
			flow.arc(s, index.indexOf(source), MaxFlow.INFINITE);
		}
		for (int d = 0; d < s; d++) {
			Device device = index.device(d);
			if (!sources.contains(device) && (declaredCore(device) || forwarding.inCoreSegment(device))) {
				flow.arc(d, t, MaxFlow.INFINITE);
			}
		}
		Set<Link> kept = keepFlows ? protectedLinks(assessment) : Set.of();
		int[] arcLink = new int[index.linkCount() * 4];
		Arrays.fill(arcLink, -1);
		for (int l = 0; l < index.linkCount(); l++) {
			int a = index.linkDevice(l, true);
			int b = index.linkDevice(l, false);
			Link link = a < 0 || b < 0 || a == b ? null : index.linkAt(l);
			if (link == null || !carries(link)) {
				continue;
			}
			int capacity = kept.contains(link) || !mayCut.test(link) ? MaxFlow.INFINITE : 1;
			if (link.getDirection() != LinkDirection.FROM_B && forwards(index.device(a), sources)) {
				arcLink = record(arcLink, flow.arc(a, b, capacity), l);
			}
			if (link.getDirection() != LinkDirection.FROM_A && forwards(index.device(b), sources)) {
				arcLink = record(arcLink, flow.arc(b, a, capacity), l);
			}
		}
		if (flow.run(s, t, limit) >= limit) {
			return List.of();
		}
		boolean[] sourceSide = flow.sourceSide(s);
		Map<Integer, Device> cut = new TreeMap<>();
		for (int arc = 0; arc < arcLink.length; arc++) {
			if (arcLink[arc] >= 0 && sourceSide[flow.from(arc)] && !sourceSide[flow.to(arc)]) {
				cut.putIfAbsent(arcLink[arc], index.device(flow.from(arc)));
			}
		}
		return cut.entrySet().stream().map(e -> new CutLink(index.linkAt(e.getKey()), e.getValue())).toList();
	}

	private static int[] record(int[] arcLink, int arc, int link) {
		int[] grown = arc < arcLink.length ? arcLink : Arrays.copyOf(arcLink, Math.max(arc + 1, arcLink.length * 2));
		if (grown != arcLink) {
			Arrays.fill(grown, arcLink.length, grown.length, -1);
		}
		grown[arc] = link;
		return grown;
	}

	private static boolean carries(Link link) {
		return link.isEnabled() && link.getEndA().isEnabled() && link.getEndB().isEnabled();
	}

	/** Whether traffic can leave {@code device} onwards: sources send, endpoints otherwise forward nothing. */
	static boolean forwards(Device device, Set<Device> sources) {
		DeviceRole role = device.getRole();
		return sources.contains(device) || role == DeviceRole.SWITCH || role == DeviceRole.ACCESS_POINT
				|| role == DeviceRole.DATA_DIODE || device.isRouting();
	}

	private static boolean declaredCore(Device device) {
		return device.getZone() != null && device.getZone().isCore();
	}

	/** The links on the path of every required flow that works. */
	private static Set<Link> protectedLinks(Assessment assessment) {
		Set<Link> links = new LinkedHashSet<>();
		for (Map.Entry<RequiredFlow, FlowReach> flow : assessment.flows().entrySet()) {
			if (assessment.works(flow.getKey())) {
				for (EObject hop : flow.getValue().path()) {
					if (hop instanceof Link link) {
						links.add(link);
					}
				}
			}
		}
		return links;
	}
}
