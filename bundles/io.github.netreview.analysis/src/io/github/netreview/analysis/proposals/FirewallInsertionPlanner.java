package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Zone;

/**
 * Puts a new firewall on the one link that every restricted device's path to the core crosses (a minimum cut of one
 * link, the one nearest the restricted devices). The firewall's card facing each side takes over the configuration of
 * the port that side used to meet, so frames meet as before; its policy allows everything by default and denies
 * each restricted device every core zone. Applies only when a single two-way link separates them all.
 */
final class FirewallInsertionPlanner implements Planner {

	@Override
	public ProposalKind kind() {
		return ProposalKind.INSERT_FIREWALL;
	}

	@Override
	public Optional<Draft> plan(Assessment assessment, ProposalTrials trials) {
		Map<Device, Finding> problems = CoreProblems.devices(assessment);
		if (problems.isEmpty() || problems.values().stream().anyMatch(f -> f.rule() != Rule.RESTRICTED_PATH_TO_CORE)) {
			return Optional.empty();
		}
		List<MinimumCutPlanner.CutLink> cut = MinimumCutPlanner.cut(assessment, problems.keySet(), false, link -> true, 2);
		if (cut.size() != 1 || cut.get(0).link().getDirection() != LinkDirection.BOTH) {
			return Optional.empty();
		}
		Link link = cut.get(0).link();
		boolean sourceAtA = link.getEndA().getDevice() == cut.get(0).sourceSide();
		Interface near = sourceAtA ? link.getEndA() : link.getEndB();
		Interface far = sourceAtA ? link.getEndB() : link.getEndA();
		Network network = assessment.network();
		Device nearDevice = near.getDevice();
		ElementIds ids = trials.ids();
		String firewall = ids.unused("dev-fw-" + link.getId());
		String inside = firewall + ".inside";
		String outside = firewall + ".outside";
		String policy = firewall + "-policy";

		List<ModelEdit> edits = new ArrayList<>();
		Map<String, String> device = new LinkedHashMap<>();
		device.put("name", "fw-" + ElementLabels.name(nearDevice) + "-" + ElementLabels.name(far.getDevice()));
		device.put("role", DeviceRole.FIREWALL.getLiteral());
		putIfPresent(device, "site", nearDevice.getSite() == null ? null : nearDevice.getSite().getId());
		putIfPresent(device, "zone", nearDevice.getZone() == null ? null : nearDevice.getZone().getId());
		edits.add(new CreateElement("Device", firewall, network.getId(), "devices", -1, device));
		edits.add(new CreateElement("Interface", inside, firewall, "interfaces", -1, cardLike(far, "inside")));
		edits.add(new CreateElement("Interface", outside, firewall, "interfaces", -1, cardLike(near, "outside")));
		edits.add(DenyRules.allowByDefault(policy, firewall, device.get("name") + " policy"));
		int position = 0;
		for (Device source : problems.keySet()) {
			for (Zone zone : network.getZones()) {
				if (zone.isCore()) {
					edits.add(DenyRules.deny(source, zone, policy, position++, firewall));
				}
			}
		}
		edits.add(new SetValue(link.getId(), sourceAtA ? "endB" : "endA", far.getId(), inside));
		Map<String, String> newLink = new LinkedHashMap<>();
		newLink.put("name", link.getName() == null ? "firewall uplink" : link.getName() + " (firewall side)");
		newLink.put("endA", outside);
		newLink.put("endB", far.getId());
		newLink.put("medium", link.getMedium().getLiteral());
		edits.add(new CreateElement("Link", ids.unused(link.getId() + "-fw"), network.getId(), "links", -1, newLink));
		return Optional.of(new Draft("Insert a firewall on " + describe(link),
				"Every path from the " + problems.size() + " restricted " + (problems.size() == 1 ? "device" : "devices")
						+ " to the core crosses " + describe(link) + " between " + describe(nearDevice) + " and "
						+ describe(far.getDevice()) + "; a firewall there allows everything by default and denies each of them every core zone.",
				edits));
	}

	/** A card that meets frames the way {@code port} did: the same mode and VLANs, no address or MAC. */
	private static Map<String, String> cardLike(Interface port, String name) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("mode", port.getMode().getLiteral());
		putIfPresent(values, "accessVlan", port.getAccessVlan() == null ? null : port.getAccessVlan().toString());
		putIfPresent(values, "nativeVlan", port.getNativeVlan() == null ? null : port.getNativeVlan().toString());
		putIfPresent(values, "allowedVlans", port.getAllowedVlans());
		return values;
	}

	private static void putIfPresent(Map<String, String> values, String key, String value) {
		if (value != null) {
			values.put(key, value);
		}
	}
}
