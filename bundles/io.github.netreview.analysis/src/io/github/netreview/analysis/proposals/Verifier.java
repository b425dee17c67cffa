package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Trial;
import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.DeviceClassifier;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/**
 * Verifies a change set device by device on the network itself: the change is tried (recorded, taken into the
 * forwarding analysis incrementally, undone) and, for the devices it moves or reroutes, what they reach is compared
 * before and after: the restricted devices' core paths, their flows to their recorders, the required flows of the
 * members it moves, and every zone and segment each other device reached (collateral).
 */
public final class Verifier {

	private final Analyzer analyzer;

	public Verifier(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The copy of {@code network} with {@code edits} made. */
	public static Network applyToCopy(Network network, List<ModelEdit> edits) {
		Network copy = EcoreUtil.copy(network);
		ElementIds ids = ElementIds.of(copy);
		for (ModelEdit edit : edits) {
			edit.apply(ids);
		}
		return copy;
	}

	/**
	 * Verifies {@code edits} against the network of {@code before} (tried on the network and undone), with an
	 * analysis of its own so that {@code before} stays as it is; innocent devices cut off make it infeasible.
	 */
	public Verification verify(Assessment before, List<ModelEdit> edits) {
		Assessment own = before.with(ForwardingAnalysis.of(NetworkIndex.of(before.network())));
		ProposalTrials trials = new ProposalTrials(own, ElementIds.of(before.network()));
		return verify(trials, edits, Context.of(own), false);
	}

	/** What the verifications of one assessment share: the devices being fixed, the restricted ones, their flows before. */
	record Context(Set<Device> problems, Set<Device> restricted, List<Device> devices, RecorderFlows recorders, MemberFlows members,
			Map<Site, List<Device>> cameras) {

		/** The cameras that may have recorded to {@code recorder}: those of its site (all when it has none). */
		List<Device> camerasNear(Device recorder) {
			return recorder.getSite() == null ? cameras.values().stream().flatMap(List::stream).toList()
					: cameras.getOrDefault(recorder.getSite(), List.of());
		}

		static Context of(Assessment before) {
			Set<Device> problems = Collections.unmodifiableSet(new LinkedHashSet<>(CoreProblems.devices(before).keySet()));
			Set<Device> restricted = Collections.newSetFromMap(new IdentityHashMap<>());
			before.result().restricted().stream().map(Classification::device).forEach(restricted::add);
			List<Device> devices = List.copyOf(before.network().getDevices());
			List<RequiredFlow> worked = before.network().getRequiredFlows().stream().filter(before::works).toList();
			Map<Site, List<Device>> cameras = new HashMap<>();
			devices.stream().filter(device -> device.getRole() == DeviceRole.CAMERA)
					.forEach(camera -> cameras.computeIfAbsent(camera.getSite(), site -> new ArrayList<>()).add(camera));
			return new Context(problems, restricted, devices, RecorderFlows.before(before.forwarding(), devices, problems),
					new MemberFlows(worked, problems), cameras);
		}
	}

	/** What a trial showed, read before it was undone. */
	private record After(Set<String> problems, Map<RequiredFlow, Boolean> required, List<MemberFlows.Member> members,
			List<RecorderFlows.Judged> recorders, Set<Device> offline, CollateralCheck collateral, ZoneMatrix zoneMatrix) {
	}

	Verification verify(ProposalTrials trials, List<ModelEdit> edits, Context context, boolean allowCollateral) {
		Assessment before = trials.assessment();
		After after = trials.attempt(edits, trial -> read(trial, before.network(), context));
		ForwardingAnalysis was = trials.assessment().forwarding();
		Set<Device> outOfService = new HashSet<>();
		after.offline().stream().filter(was::connected).forEach(outOfService::add);
		Set<RequiredFlow> failing = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Verification.DeviceFlow> members = memberFlows(context.members(), after, was, outOfService, failing);
		List<Verification.DeviceFlow> deviceFlows = recorderFlows(after, was, outOfService, members);
		deviceFlows.addAll(members);
		Set<String> problemsBefore = before.coreProblems();
		return new Verification(problemsBefore.stream().filter(id -> !after.problems().contains(id)).toList(),
				problemsBefore.stream().filter(after.problems()::contains).toList(),
				after.problems().stream().filter(id -> !problemsBefore.contains(id)).toList(), flows(before, after, failing),
				zoneChanges(before.result().zoneMatrix(), after.zoneMatrix()), deviceFlows, after.collateral().against(was),
				allowCollateral);
	}

	private After read(Trial trial, Network network, Context context) {
		ForwardingAnalysis forwarding = trial.forwarding();
		List<Device> changed = trial.changedDevices();
		Collection<Device> judged = changed == null ? context.devices() : changed;
		Set<Device> offline = new HashSet<>();
		for (Collection<Device> devices : List.of(judged, context.problems())) {
			devices.stream().filter(device -> !forwarding.connected(device)).forEach(offline::add);
		}
		CollateralCheck collateral = new CollateralCheck(context.recorders());
		collateral.after(forwarding, innocents(judged, context));
		return new After(problemsAfter(trial, network, context), requiredAfter(forwarding, network),
				context.members().judge(forwarding, judged), context.recorders().after(forwarding), offline, collateral,
				forwarding.zoneMatrix());
	}

	/**
	 * The devices to look for collateral among: those the change moved or rerouted, and the cameras of the site of a
	 * recorder it moved (they may have lost it inside their own segment), less the devices being fixed.
	 */
	private static Collection<Device> innocents(Collection<Device> judged, Context context) {
		Set<Device> innocents = new LinkedHashSet<>(judged);
		for (Device device : judged) {
			if (device.getRole() == DeviceRole.NVR) {
				innocents.addAll(context.camerasNear(device));
			}
		}
		innocents.removeAll(context.problems());
		return innocents;
	}

	/** The ids of the restricted devices in or with a path to the core with the change made. */
	private Set<String> problemsAfter(Trial trial, Network network, Context context) {
		List<Device> changed = trial.changedDevices();
		List<Device> reclassified = trial.reclassified();
		boolean everything = changed == null || reclassified == null;
		Collection<Device> candidates = everything ? List.copyOf(network.getDevices()) : union(context.problems(), changed, reclassified);
		DeviceClassifier classifier = everything || !reclassified.isEmpty() ? analyzer.classifier(network) : null;
		Set<Device> reclassify = everything ? null : Collections.newSetFromMap(new IdentityHashMap<>());
		if (reclassify != null) {
			reclassify.addAll(reclassified);
		}
		Set<String> problems = new LinkedHashSet<>();
		for (Device device : candidates) {
			boolean restricted = reclassify == null || reclassify.contains(device) ? classifier.classify(device).restricted()
					: context.restricted().contains(device);
			if (restricted && CoreStatus.inOrToCore(trial.forwarding(), device)) {
				problems.add(device.getId());
			}
		}
		return problems;
	}

	@SafeVarargs
	private static Collection<Device> union(Collection<Device>... parts) {
		Set<Device> all = new LinkedHashSet<>();
		for (Collection<Device> part : parts) {
			all.addAll(part);
		}
		return all;
	}

	/** Whether each required flow works, for its source as a whole, in {@code forwarding}. */
	private static Map<RequiredFlow, Boolean> requiredAfter(ForwardingAnalysis forwarding, Network network) {
		Map<RequiredFlow, Boolean> works = new IdentityHashMap<>();
		for (RequiredFlow flow : network.getRequiredFlows()) {
			if (flow.getSource() != null && flow.getDestination() != null) {
				long[] wanted = forwarding.services().maskOf(flow.getService());
				works.put(flow, forwarding.flow(flow.getSource(), flow.getDestination(), forwarding.services().none()).carries(wanted));
			}
		}
		return works;
	}

	/**
	 * The restricted cameras' flows to their recorders, before and after; a recorder of a segment a camera is moved
	 * into is left out when a required flow judges the camera's way to it already ({@code members}).
	 */
	private static List<Verification.DeviceFlow> recorderFlows(After after, ForwardingAnalysis before, Set<Device> outOfService,
			List<Verification.DeviceFlow> members) {
		Set<List<String>> judged = new HashSet<>();
		members.forEach(member -> judged.add(List.of(member.source(), member.destination())));
		List<Verification.DeviceFlow> flows = new ArrayList<>();
		for (RecorderFlows.Judged flow : after.recorders()) {
			if (flow.newSegment() && judged.contains(List.of(flow.camera().getId(), flow.destination().getId()))) {
				continue;
			}
			boolean worked = !flow.newSegment()
					|| before.services().anyAtom(before.flow(flow.camera(), flow.destination(), before.services().none()).services()) >= 0;
			flows.add(deviceFlow(flow.camera(), flow.destination(), worked, flow.after(), null, outOfService.contains(flow.camera())));
		}
		return flows;
	}

	/**
	 * The required flows judged for the members the change moves into their source, or whose making of them it
	 * changes, and for those it takes out of service; {@code failing} gets the flows a member still in service
	 * cannot make any more.
	 */
	private static List<Verification.DeviceFlow> memberFlows(MemberFlows judge, After after, ForwardingAnalysis before, Set<Device> outOfService,
			Set<RequiredFlow> failing) {
		Map<MemberFlows.Member, MemberFlows.Member> was = judge.before(before, after.members());
		List<Verification.DeviceFlow> flows = new ArrayList<>();
		Set<List<Object>> judged = new HashSet<>();
		for (MemberFlows.Member member : after.members()) {
			judged.add(List.of(member.flow(), member.device()));
			MemberFlows.Member previous = was.get(member);
			boolean out = outOfService.contains(member.device());
			if (!previous.member() || previous.works() != member.works()) {
				flows.add(deviceFlow(member.device(), member.flow().getDestination(), previous.works(), member.works(), member.flow().getId(), out));
				if (!member.works() && !out) {
					failing.add(member.flow());
				}
			}
		}
		for (MemberFlows.Member dropped : judge.judge(before, outOfService)) {
			if (!judged.contains(List.of(dropped.flow(), dropped.device()))) {
				flows.add(deviceFlow(dropped.device(), dropped.flow().getDestination(), dropped.works(), false, dropped.flow().getId(), true));
			}
		}
		return flows;
	}

	private static Verification.DeviceFlow deviceFlow(Device source, EObject destination, boolean before, boolean after,
			String requiredFlow, boolean outOfService) {
		return new Verification.DeviceFlow(source.getId(), ElementLabels.name(source), ElementIds.idOf(destination),
				ElementLabels.name(destination), before, after, requiredFlow, outOfService);
	}

	private static List<Verification.FlowStatus> flows(Assessment before, After after, Set<RequiredFlow> failing) {
		List<Verification.FlowStatus> flows = new ArrayList<>();
		for (RequiredFlow flow : before.network().getRequiredFlows()) {
			boolean works = after.required().getOrDefault(flow, false) && !failing.contains(flow);
			flows.add(new Verification.FlowStatus(flow.getId(), flow.getName(), before.works(flow), works));
		}
		return flows;
	}

	private static List<Verification.ZoneChange> zoneChanges(ZoneMatrix old, ZoneMatrix now) {
		Map<String, Zone> zonesAfter = new HashMap<>();
		now.zones().forEach(zone -> zonesAfter.put(zone.getId(), zone));
		List<Verification.ZoneChange> changes = new ArrayList<>();
		for (Zone from : old.zones()) {
			for (Zone to : old.zones()) {
				boolean was = old.cell(from, to).reachable();
				Zone fromAfter = zonesAfter.get(from.getId());
				Zone toAfter = zonesAfter.get(to.getId());
				boolean is = fromAfter != null && toAfter != null && now.cell(fromAfter, toAfter).reachable();
				if (was != is) {
					changes.add(new Verification.ZoneChange(from.getId(), to.getId(), was, is));
				}
			}
		}
		return changes;
	}
}
