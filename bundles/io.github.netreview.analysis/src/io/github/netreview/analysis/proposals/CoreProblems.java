package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/** Helpers the planners share: the devices behind core findings, and the links at each interface. */
final class CoreProblems {

	private CoreProblems() {
	}

	/** Each restricted device in or with a path to the core, with its first such finding, in finding order. */
	static Map<Device, Finding> devices(Assessment assessment) {
		Map<Device, Finding> devices = new LinkedHashMap<>();
		for (Finding finding : assessment.coreFindings()) {
			devices.putIfAbsent((Device) finding.subject(), finding);
		}
		return devices;
	}

	/** The links at each interface of the network. */
	static Map<Interface, List<Link>> linksByInterface(Network network) {
		Map<Interface, List<Link>> links = new HashMap<>();
		for (Link link : network.getLinks()) {
			if (link.getEndA() != null) {
				links.computeIfAbsent(link.getEndA(), k -> new ArrayList<>()).add(link);
			}
			if (link.getEndB() != null) {
				links.computeIfAbsent(link.getEndB(), k -> new ArrayList<>()).add(link);
			}
		}
		return links;
	}

	/** Up to five items joined, with how many more there are. */
	static String summary(List<String> items) {
		if (items.size() <= 5) {
			return String.join("; ", items);
		}
		return String.join("; ", items.subList(0, 5)) + " and " + (items.size() - 5) + " more";
	}

	/** The other end of {@code link} from {@code end}. */
	static Interface peer(Link link, Interface end) {
		return link.getEndA() == end ? link.getEndB() : link.getEndA();
	}
}
