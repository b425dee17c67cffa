package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Required flows from a segment or zone judged for single devices: a device a change moves (or leaves) in the
 * source must still make the flow, as the segment as a whole does. A restricted device being fixed is not held to a
 * flow into the core, which it must no longer reach.
 */
final class MemberFlows {

	/** Whether {@code device} is in the source of {@code flow}, and whether it makes the flow (both as one analysis sees it). */
	record Member(RequiredFlow flow, Device device, boolean member, boolean works) {
	}

	private final List<RequiredFlow> flows;
	private final Set<Device> problems;

	/** The flows of {@code candidates} that worked before (segment-level), for devices other than {@code problems} too. */
	MemberFlows(Collection<RequiredFlow> candidates, Set<Device> problems) {
		this.flows = candidates.stream().filter(flow -> flow.getSource() instanceof Segment || flow.getSource() instanceof Zone).toList();
		this.problems = problems;
	}

	/**
	 * For each of {@code devices} in the source of a flow in {@code forwarding}, whether it makes the flow there; the
	 * {@code offline} devices (which could have left a source by going out of service) are listed when not members too.
	 */
	List<Member> judge(ForwardingAnalysis forwarding, Collection<Device> devices, Predicate<Device> offline) {
		List<Member> members = new ArrayList<>();
		for (RequiredFlow flow : flows) {
			long[] wanted = forwarding.services().maskOf(flow.getService());
			SenderCache<Boolean> works = new SenderCache<>(forwarding,
					device -> forwarding.flow(device, flow.getDestination(), forwarding.services().none()).carries(wanted));
			boolean coreDestination = flow.getDestination() instanceof Device destination ? CoreStatus.inCore(forwarding, destination)
					: isCore(flow.getDestination());
			for (Device device : devices) {
				if (device == flow.getDestination() || problems.contains(device) && coreDestination) {
					continue;
				}
				boolean member = isMember(forwarding, device, flow.getSource());
				if (member || offline.test(device)) {
					members.add(new Member(flow, device, member, member && works.of(device)));
				}
			}
		}
		return members;
	}

	/** Each of {@code asked} as {@code forwarding} (the analysis before the change) saw it: in the source or not, making the flow or not. */
	static Map<Member, Member> before(ForwardingAnalysis forwarding, Collection<Member> asked) {
		Map<Member, Member> before = new HashMap<>();
		Map<RequiredFlow, SenderCache<Boolean>> caches = new HashMap<>();
		for (Member member : asked) {
			RequiredFlow flow = member.flow();
			long[] wanted = forwarding.services().maskOf(flow.getService());
			SenderCache<Boolean> works = caches.computeIfAbsent(flow, f -> new SenderCache<>(forwarding,
					device -> forwarding.flow(device, f.getDestination(), forwarding.services().none()).carries(wanted)));
			boolean inSource = isMember(forwarding, member.device(), flow.getSource());
			before.put(member, new Member(flow, member.device(), inSource, inSource && works.of(member.device())));
		}
		return before;
	}

	static boolean isMember(ForwardingAnalysis forwarding, Device device, FlowEndpoint source) {
		List<Segment> segments = forwarding.hostSegmentsOf(device);
		if (source instanceof Segment segment) {
			return segments.contains(segment);
		}
		return segments.stream().anyMatch(segment -> segment.getZone() == source);
	}

	private static boolean isCore(FlowEndpoint end) {
		return end instanceof Zone zone ? zone.isCore() : end instanceof Segment segment && ForwardingAnalysis.isCore(segment);
	}
}
