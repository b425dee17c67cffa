package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Moves each restricted device in or with a path to the core into a surveillance segment of its site that reaches
 * no core zone, by retagging the switch access ports it is cabled to. It reuses the segment where most devices of the
 * same role already are; when there is none it adds an unrouted VLAN (and a surveillance zone if the site has none).
 */
final class IsolationPlanner implements Planner {

	static final int FIRST_NEW_VLAN = 900;

	@Override
	public ProposalKind kind() {
		return ProposalKind.ISOLATE;
	}

	@Override
	public Optional<Draft> plan(Assessment assessment, ProposalTrials trials) {
		Network network = assessment.network();
		Map<Interface, List<Link>> links = CoreProblems.linksByInterface(network);
		Map<String, Target> targets = new HashMap<>();
		Map<DeviceRole, Map<Segment, Integer>> roleCounts = new HashMap<>();
		List<ModelEdit> edits = new ArrayList<>();
		List<String> moved = new ArrayList<>();
		for (Device device : CoreProblems.devices(assessment).keySet()) {
			List<Interface> ports = accessPortsFacing(device, links);
			if (ports.isEmpty()) {
				continue;
			}
			Site site = device.getSite();
			Target target = targets.computeIfAbsent(site == null ? "" : site.getId(), k -> target(assessment, site,
					roleCounts.computeIfAbsent(device.getRole(), role -> roleCounts(assessment, role)), edits));
			for (Interface port : ports) {
				if (!Objects.equals(port.getAccessVlan(), target.vlan())) {
					edits.add(new SetValue(port.getId(), "accessVlan", text(port.getAccessVlan()), Integer.toString(target.vlan())));
				}
			}
			String zone = device.getZone() == null ? null : device.getZone().getId();
			if (!target.zone().equals(zone)) {
				edits.add(new SetValue(device.getId(), "zone", zone, target.zone()));
			}
			moved.add(describe(device));
		}
		if (moved.isEmpty()) {
			return Optional.empty();
		}
		String where = targets.values().stream().map(Target::label).distinct().reduce((a, b) -> a + ", " + b).orElse("");
		return Optional.of(new Draft("Isolate " + moved.size() + (moved.size() == 1 ? " device" : " devices") + " in " + where,
				"Retag the access ports of " + CoreProblems.summary(moved) + " into " + where
						+ ", a surveillance segment from which no core zone is reachable.",
				edits));
	}

	/** Where devices of a site go: a segment's VLAN and zone id, and how to name it. */
	private record Target(int vlan, String zone, String label) {
	}

	/** The switch access ports cabled to the device's cards (its own card when the device is a switch's endpoint). */
	private static List<Interface> accessPortsFacing(Device device, Map<Interface, List<Link>> links) {
		List<Interface> ports = new ArrayList<>();
		for (Interface card : device.getInterfaces()) {
			for (Link link : links.getOrDefault(card, List.of())) {
				Interface peer = CoreProblems.peer(link, card);
				if (peer != null && peer.getMode() == InterfaceMode.ACCESS && peer.getDevice() != null
						&& (peer.getDevice().getRole() == DeviceRole.SWITCH || peer.getDevice().getRole() == DeviceRole.ACCESS_POINT)
						&& !ports.contains(peer)) {
					ports.add(peer);
				}
			}
		}
		return ports;
	}

	/** Where devices of {@code site} go: the segment holding most devices of their role ({@code roleCounts}), or a new one. */
	private static Target target(Assessment assessment, Site site, Map<Segment, Integer> roleCounts, List<ModelEdit> edits) {
		Segment best = null;
		int bestCount = -1;
		for (Segment segment : assessment.network().getSegments()) {
			if (isCandidate(segment, site) && !reachesCore(assessment, segment)) {
				int count = roleCounts.getOrDefault(segment, 0);
				if (count > bestCount) {
					best = segment;
					bestCount = count;
				}
			}
		}
		if (best != null) {
			return new Target(best.getVlanId(), best.getZone().getId(), describe(best));
		}
		return newSegment(assessment.network(), site, edits);
	}

	private static boolean isCandidate(Segment segment, Site site) {
		Zone zone = segment.getZone();
		return zone != null && zone.getKind() == ZoneKind.SURVEILLANCE && !zone.isCore() && VlanList.isValidId(segment.getVlanId())
				&& (segment.getSite() == null || segment.getSite() == site);
	}

	private static boolean reachesCore(Assessment assessment, Segment segment) {
		ForwardingAnalysis forwarding = assessment.forwarding();
		for (Zone zone : assessment.network().getZones()) {
			if (zone.isCore() && !forwarding.flow(segment, zone, forwarding.services().all()).path().isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** How many devices of {@code role} each segment holds. */
	private static Map<Segment, Integer> roleCounts(Assessment assessment, DeviceRole role) {
		Map<Segment, Integer> counts = new LinkedHashMap<>();
		for (Device device : assessment.network().getDevices()) {
			if (device.getRole() == role) {
				for (Segment segment : assessment.forwarding().segmentsOf(device)) {
					counts.merge(segment, 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	private static Target newSegment(Network network, Site site, List<ModelEdit> edits) {
		String siteId = site == null ? "network" : site.getId();
		String siteName = site == null ? "all sites" : ElementLabels.name(site);
		Zone zone = network.getZones().stream()
				.filter(z -> z.getKind() == ZoneKind.SURVEILLANCE && !z.isCore() && (z.getSite() == null || z.getSite() == site))
				.findFirst().orElse(null);
		String zoneId;
		if (zone == null) {
			zoneId = ElementIds.of(network).unused("zone-isolated-" + siteId);
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", "Isolated surveillance (" + siteName + ")");
			values.put("kind", ZoneKind.SURVEILLANCE.getLiteral());
			if (site != null) {
				values.put("site", site.getId());
			}
			edits.add(new CreateElement("Zone", zoneId, network.getId(), "zones", -1, values));
		} else {
			zoneId = zone.getId();
		}
		int vlan = unusedVlan(network, site);
		String segmentId = ElementIds.of(network).unused("seg-isolated-" + siteId);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Isolated surveillance VLAN " + vlan + " (" + siteName + ")");
		values.put("vlanId", Integer.toString(vlan));
		values.put("zone", zoneId);
		if (site != null) {
			values.put("site", site.getId());
		}
		edits.add(new CreateElement("Segment", segmentId, network.getId(), "segments", -1, values));
		return new Target(vlan, zoneId, "new segment '" + values.get("name") + "' (" + segmentId + ")");
	}

	/** The first VLAN from {@value #FIRST_NEW_VLAN} that no segment of the site and no port at the site uses. */
	private static int unusedVlan(Network network, Site site) {
		BitSet used = new BitSet();
		for (Segment segment : network.getSegments()) {
			if ((segment.getSite() == null || segment.getSite() == site) && segment.getVlanId() != null) {
				used.set(Math.max(0, segment.getVlanId()));
			}
		}
		for (Device device : network.getDevices()) {
			if (device.getSite() == site) {
				for (Interface port : device.getInterfaces()) {
					if (port.getAccessVlan() != null) {
						used.set(Math.max(0, port.getAccessVlan()));
					}
				}
			}
		}
		int vlan = used.nextClearBit(FIRST_NEW_VLAN);
		if (!VlanList.isValidId(vlan)) {
			throw new ProposalException("no free VLAN at " + (site == null ? "the network" : describe(site)));
		}
		return vlan;
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}
}
