package io.github.netreview.analysis.proposals;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
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
 * no core zone, by retagging the switch access ports it is cabled to, as a switch would be configured: the segment's
 * VLAN is added to the trunks on the way from the device's switch to a switch of the segment's recorders, and the
 * device's addresses are moved into the segment's prefix. Of the candidate segments it takes one the device can
 * reach a recorder in, then the one where most devices of the same role are; when there is none it adds an unrouted
 * VLAN (and a surveillance zone if the site has none).
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
		Function<Interface, List<Link>> links = assessment.forwarding().index()::linksAt;
		Set<Device> problems = CoreProblems.devices(assessment).keySet();
		Candidates candidates = new Candidates(assessment, problems);
		VlanWay ways = new VlanWay(links);
		AddressPlan addresses = new AddressPlan(network);
		Map<Site, Target> newSegments = new HashMap<>();
		Map<Interface, VlanList> trunks = new LinkedHashMap<>();
		List<ModelEdit> edits = new ArrayList<>();
		List<String> moved = new ArrayList<>();
		Set<String> where = new LinkedHashSet<>();
		List<String> notes = new ArrayList<>();
		List<NewSegmentMove> intoNew = new ArrayList<>();
		Map<Target, Set<Device>> movedRecorderSwitches = new HashMap<>();
		Map<Device, String> movedInto = new LinkedHashMap<>();
		for (Device device : problems) {
			List<Interface> ports = accessPortsFacing(device, links);
			if (ports.isEmpty()) {
				continue;
			}
			Device sw = ports.get(0).getDevice();
			Placement placement = place(device, sw, candidates, ways);
			Target target = placement == null ? newSegments.computeIfAbsent(device.getSite(), site -> newSegment(network, trials.ids(), site, edits))
					: placement.target();
			if (placement == null && device.getRole() == DeviceRole.NVR) {
				movedRecorderSwitches.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(sw);
			} else if (placement == null) {
				intoNew.add(new NewSegmentMove(device, sw, target));
			} else if (placement.way() == null) {
				notes.add(noWay(sw, device, target));
			} else {
				extend(trunks, placement.way(), target);
			}
			retag(device, ports, target, links, addresses, edits, notes);
			movedInto.put(device, target.segmentId());
			moved.add(describe(device));
			where.add(target.label());
		}
		// a recorder moved into the new segment with its cameras is theirs to reach
		for (NewSegmentMove move : intoNew) {
			Set<Device> recorders = movedRecorderSwitches.getOrDefault(move.target(), Set.of());
			VlanWay.Way way = recorders.isEmpty() ? null : ways.find(move.sw(), recorders, move.target().vlan());
			if (way == null) {
				notes.add(noWay(move.sw(), move.device(), move.target()));
			} else {
				extend(trunks, way, move.target());
			}
		}
		if (moved.isEmpty()) {
			return Optional.empty();
		}
		trunks.forEach((trunk, vlans) -> edits.add(new SetValue(trunk.getId(), "allowedVlans", trunk.getAllowedVlans(), vlans.toString())));
		edits.addAll(FlowSources.following(network, assessment.forwarding(), movedInto));
		String into = String.join(", ", where);
		return Optional.of(new Draft("Isolate " + moved.size() + (moved.size() == 1 ? " device" : " devices") + " in " + into,
				"Retag the access ports of " + CoreProblems.summary(moved) + " into " + into
						+ ", a surveillance segment from which no core zone is reachable"
						+ (trunks.isEmpty() ? "" : "; the trunks on the way to its recorders carry its VLAN") + "."
						+ (notes.isEmpty() ? "" : " Note: " + CoreProblems.summary(notes) + "."),
				edits));
	}

	private static String noWay(Device sw, Device device, Target target) {
		return "no way through switches joins " + describe(sw) + " to a recorder of " + target.label() + ": " + describe(device) + " would reach none";
	}

	private static void extend(Map<Interface, VlanList> trunks, VlanWay.Way way, Target target) {
		way.trunksToExtend().forEach(trunk -> trunks.put(trunk, trunks.getOrDefault(trunk, VlanWay.allowed(trunk)).with(target.vlan())));
	}

	/** A device (not a recorder) going into a new segment from its switch {@code sw}. */
	private record NewSegmentMove(Device device, Device sw, Target target) {
	}

	/** Where devices go: a segment's VLAN, zone id, the segment (null when new) and its id, and how to name it. */
	private record Target(int vlan, String zone, Segment segment, String segmentId, String label) {
	}

	/** A target segment for one device, and the trunks to extend so that its switch reaches the segment's recorders (null: none can). */
	private record Placement(Target target, VlanWay.Way way) {
	}

	/**
	 * The segment for a device on {@code sw}: the first candidate (most devices of the device's role first) whose
	 * recorders the switch can be joined to, else the first candidate; null when the site has none.
	 */
	private static Placement place(Device device, Device sw, Candidates candidates, VlanWay ways) {
		List<Segment> segments = candidates.at(device.getSite(), device.getRole());
		for (Segment segment : segments) {
			Set<Device> switches = candidates.recorderSwitches(segment);
			VlanWay.Way way = switches.isEmpty() ? null : ways.find(sw, switches, segment.getVlanId());
			if (way != null) {
				return new Placement(target(segment), way);
			}
		}
		return segments.isEmpty() ? null : new Placement(target(segments.get(0)), null);
	}

	private static Target target(Segment segment) {
		return new Target(segment.getVlanId(), segment.getZone().getId(), segment, segment.getId(), describe(segment));
	}

	/** Retags the device's access ports, moves its zone, and its cards' addresses into the target's prefix. */
	private static void retag(Device device, List<Interface> ports, Target target, Function<Interface, List<Link>> links, AddressPlan addresses,
			List<ModelEdit> edits, List<String> notes) {
		for (Interface port : ports) {
			if (!Objects.equals(port.getAccessVlan(), target.vlan())) {
				edits.add(new SetValue(port.getId(), "accessVlan", text(port.getAccessVlan()), Integer.toString(target.vlan())));
			}
		}
		String zone = device.getZone() == null ? null : device.getZone().getId();
		if (!target.zone().equals(zone)) {
			edits.add(new SetValue(device.getId(), "zone", zone, target.zone()));
		}
		for (Interface card : device.getInterfaces()) {
			if (card.getAddresses().isEmpty() || links.apply(card).stream().noneMatch(l -> ports.contains(CoreProblems.peer(l, card)))) {
				continue;
			}
			List<String> now = target.segment() == null ? null : addresses.readdress(card, target.segment());
			if (now != null) {
				edits.add(new SetValue(card.getId(), "addresses", String.join(FeatureValues.SEPARATOR, card.getAddresses()),
						String.join(FeatureValues.SEPARATOR, now)));
			} else if (target.segment() == null || target.segment().getPrefixes().isEmpty()) {
				notes.add(describe(card) + " keeps its address, " + target.label() + " having no prefix");
			}
		}
	}

	/** The switch access ports cabled to the device's cards (its own card when the device is a switch's endpoint). */
	private static List<Interface> accessPortsFacing(Device device, Function<Interface, List<Link>> links) {
		List<Interface> ports = new ArrayList<>();
		for (Interface card : device.getInterfaces()) {
			for (Link link : links.apply(card)) {
				Interface peer = CoreProblems.peer(link, card);
				if (peer != null && peer.getMode() == InterfaceMode.ACCESS && VlanWay.switches(peer.getDevice()) && !ports.contains(peer)) {
					ports.add(peer);
				}
			}
		}
		return ports;
	}

	/** The surveillance segments of each site that reach no core zone, and the switches their recorders are cabled to. */
	private static final class Candidates {
		private final Assessment assessment;
		private final Set<Device> problems;
		private final Map<List<Object>, List<Segment>> bySiteAndRole = new HashMap<>();
		private final Map<DeviceRole, Map<Segment, Integer>> roleCounts = new HashMap<>();
		private final Map<Segment, Boolean> reachesCore = new HashMap<>();
		private Map<Segment, Set<Device>> recorderSwitches;

		Candidates(Assessment assessment, Set<Device> problems) {
			this.assessment = assessment;
			this.problems = problems;
		}

		/** The candidates at {@code site}, those holding most devices of {@code role} first. */
		List<Segment> at(Site site, DeviceRole role) {
			return bySiteAndRole.computeIfAbsent(Arrays.asList(site, role), key -> {
				Map<Segment, Integer> counts = roleCounts.computeIfAbsent(role, this::roleCounts);
				List<Segment> segments = new ArrayList<>();
				for (Segment segment : assessment.network().getSegments()) {
					if (isCandidate(segment, site) && !reachesCore.computeIfAbsent(segment, this::reachesCore)) {
						segments.add(segment);
					}
				}
				segments.sort((a, b) -> Integer.compare(counts.getOrDefault(b, 0), counts.getOrDefault(a, 0)));
				return segments;
			});
		}

		/** The switches the recorders (role NVR, not being fixed themselves) of {@code segment} are cabled to. */
		Set<Device> recorderSwitches(Segment segment) {
			if (recorderSwitches == null) {
				recorderSwitches = new HashMap<>();
				ForwardingAnalysis forwarding = assessment.forwarding();
				for (Device device : assessment.network().getDevices()) {
					if (device.getRole() == DeviceRole.NVR && !problems.contains(device)) {
						for (Segment in : forwarding.hostSegmentsOf(device)) {
							forwarding.cabledTo(device).stream().filter(VlanWay::switches)
									.forEach(sw -> recorderSwitches.computeIfAbsent(in, s -> new LinkedHashSet<>()).add(sw));
						}
					}
				}
			}
			return recorderSwitches.getOrDefault(segment, Set.of());
		}

		private boolean reachesCore(Segment segment) {
			ForwardingAnalysis forwarding = assessment.forwarding();
			for (Zone zone : assessment.network().getZones()) {
				if (zone.isCore() && !forwarding.flow(segment, zone, forwarding.services().all()).path().isEmpty()) {
					return true;
				}
			}
			return false;
		}

		/** How many devices of {@code role} each segment holds. */
		private Map<Segment, Integer> roleCounts(DeviceRole role) {
			Map<Segment, Integer> counts = new LinkedHashMap<>();
			for (Device device : assessment.network().getDevices()) {
				if (device.getRole() == role) { // segments looked up for this role only: other devices are many
					for (Segment segment : assessment.forwarding().segmentsOf(device)) {
						counts.merge(segment, 1, Integer::sum);
					}
				}
			}
			return counts;
		}
	}

	private static boolean isCandidate(Segment segment, Site site) {
		Zone zone = segment.getZone();
		return zone != null && zone.getKind() == ZoneKind.SURVEILLANCE && !zone.isCore() && VlanList.isValidId(segment.getVlanId())
				&& (segment.getSite() == null || segment.getSite() == site);
	}

	private static Target newSegment(Network network, ElementIds ids, Site site, List<ModelEdit> edits) {
		String siteId = site == null ? "network" : site.getId();
		String siteName = site == null ? "all sites" : ElementLabels.name(site);
		Zone zone = network.getZones().stream()
				.filter(z -> z.getKind() == ZoneKind.SURVEILLANCE && !z.isCore() && (z.getSite() == null || z.getSite() == site))
				.findFirst().orElse(null);
		String zoneId;
		if (zone == null) {
			zoneId = ids.unused("zone-isolated-" + siteId);
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
		String segmentId = ids.unused("seg-isolated-" + siteId);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Isolated surveillance VLAN " + vlan + " (" + siteName + ")");
		values.put("vlanId", Integer.toString(vlan));
		values.put("zone", zoneId);
		if (site != null) {
			values.put("site", site.getId());
		}
		edits.add(new CreateElement("Segment", segmentId, network.getId(), "segments", -1, values));
		return new Target(vlan, zoneId, null, segmentId, "new segment '" + values.get("name") + "' (" + segmentId + ")");
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
