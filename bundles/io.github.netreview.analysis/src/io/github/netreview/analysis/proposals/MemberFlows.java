package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.NetworkEquipment;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Required flows from a segment or zone judged for single devices: a device a change moves (or leaves) in the
 * source must still make the flow, as the segment as a whole does. A restricted device being fixed is not held to a
 * flow into the core, which it must no longer reach. Routers, firewalls, switches and diodes with an address in the
 * source forward its flows and are not held to them.
 */
final class MemberFlows {

	/** Whether {@code device} is in the source of {@code flow}, and whether it makes the flow (both as one analysis sees it). */
	record Member(RequiredFlow flow, Device device, boolean member, boolean works) {
	}

	/** The flows to judge, by the segment or zone they come from. */
	private final Map<FlowEndpoint, List<RequiredFlow>> bySource = new HashMap<>();
	private final Set<Device> problems;

	/** The flows of {@code candidates} that worked before (segment-level), judged for devices other than {@code problems} too. */
	MemberFlows(Collection<RequiredFlow> candidates, Set<Device> problems) {
		for (RequiredFlow flow : candidates) {
			if (flow.getSource() instanceof Segment || flow.getSource() instanceof Zone) {
				bySource.computeIfAbsent(flow.getSource(), source -> new ArrayList<>()).add(flow);
			}
		}
		this.problems = problems;
	}

	/** For each of {@code devices}, the flows it is in the source of in {@code forwarding}, and whether it makes them there. */
	List<Member> judge(ForwardingAnalysis forwarding, Collection<Device> devices) {
		Judge judge = new Judge(forwarding);
		List<Member> members = new ArrayList<>();
		for (Device device : devices) {
			for (RequiredFlow flow : judge.flowsOf(device)) {
				members.add(new Member(flow, device, true, judge.works(flow, device)));
			}
		}
		return members;
	}

	/** Each of {@code asked} as {@code forwarding} (the analysis before the change) saw it: in the source or not, making the flow or not. */
	Map<Member, Member> before(ForwardingAnalysis forwarding, Collection<Member> asked) {
		Judge judge = new Judge(forwarding);
		Map<Member, Member> before = new HashMap<>();
		for (Member member : asked) {
			boolean inSource = judge.flowsOf(member.device()).contains(member.flow());
			before.put(member, new Member(member.flow(), member.device(), inSource, inSource && judge.works(member.flow(), member.device())));
		}
		return before;
	}

	/** The flows of single devices in one analysis, each worked out once per sender class. */
	private final class Judge {
		private final ForwardingAnalysis forwarding;
		private final Map<RequiredFlow, SenderCache<Boolean>> works = new HashMap<>();

		Judge(ForwardingAnalysis forwarding) {
			this.forwarding = forwarding;
		}

		/** The flows whose source holds {@code device} as a host, less those into the core for a device being fixed. */
		Set<RequiredFlow> flowsOf(Device device) {
			Set<RequiredFlow> flows = new LinkedHashSet<>();
			if (NetworkEquipment.is(device)) {
				return flows; // a gateway or switch in the source segment carries its flows; it is not one of their parties
			}
			for (Segment segment : forwarding.hostSegmentsOf(device)) {
				flows.addAll(bySource.getOrDefault(segment, List.of()));
				if (segment.getZone() != null) {
					flows.addAll(bySource.getOrDefault(segment.getZone(), List.of()));
				}
			}
			flows.removeIf(flow -> flow.getDestination() == device || problems.contains(device) && intoCore(flow));
			return flows;
		}

		boolean works(RequiredFlow flow, Device device) {
			return works.computeIfAbsent(flow, f -> new SenderCache<>(forwarding, source -> {
				long[] wanted = forwarding.services().maskOf(f.getService());
				return forwarding.flow(source, f.getDestination(), forwarding.services().none()).carries(wanted);
			})).of(device);
		}

		private boolean intoCore(RequiredFlow flow) {
			FlowEndpoint end = flow.getDestination();
			if (end instanceof Device destination) {
				return CoreStatus.inCore(forwarding, destination);
			}
			return end instanceof Zone zone ? zone.isCore() : end instanceof Segment segment && ForwardingAnalysis.isCore(segment);
		}
	}
}
