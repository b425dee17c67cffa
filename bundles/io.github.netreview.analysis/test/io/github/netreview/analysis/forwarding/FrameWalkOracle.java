package io.github.netreview.analysis.forwarding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.github.netreview.model.syntax.PortList;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.Zone;

/**
 * A brute-force reference for tests only: it walks single frames from port to port (tagging, untagging, flooding
 * through switches) and single packets through routers, asking each firewall about one concrete service at a time.
 * It shares no code with the engine; only the documented semantics.
 */
public final class FrameWalkOracle {

	/** Where a packet can be handed to layer 3: a port (and VLAN, 0 for untagged) of a non-switching function. */
	private record Point(Interface port, int vlan) {
	}

	/** A frame inside a switch, in one VLAN. */
	private record Bridge(Device device, int vlan) {
	}

	/** What one flood of a broadcast domain found. */
	private record Domain(Set<Point> points, Map<Segment, Integer> votes, Segment firstVoted) {
	}

	private final Network network;
	private final Set<Integer> universe = new TreeSet<>();
	private final Map<Interface, List<Link>> links = new HashMap<>();

	public FrameWalkOracle(Network network) {
		this.network = network;
		for (Link link : network.getLinks()) {
			if (link.getEndA() != null && link.getEndB() != null) {
				links.computeIfAbsent(link.getEndA(), k -> new ArrayList<>()).add(link);
				links.computeIfAbsent(link.getEndB(), k -> new ArrayList<>()).add(link);
			}
		}
		for (Segment segment : network.getSegments()) {
			if (segment.getVlanId() != null) {
				universe.add(segment.getVlanId());
			}
		}
		for (Device device : network.getDevices()) {
			for (Interface port : device.getInterfaces()) {
				if (port.getAccessVlan() != null) {
					universe.add(port.getAccessVlan());
				}
				if (port.getNativeVlan() != null) {
					universe.add(port.getNativeVlan());
				}
			}
		}
	}

	/** Whether a packet of {@code protocol}/{@code port} from {@code source} reaches a host in some core segment. */
	public boolean reachesCore(Device source, Protocol protocol, int port) {
		for (Segment target : network.getSegments()) {
			if (isCore(target) && reaches(source, target, protocol, port)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The segments a packet of {@code protocol}/{@code port} sent by {@code source} as a host (from its layer-3
	 * points, not the VLANs it switches) reaches a host in, its own among them.
	 */
	public Set<Segment> segmentsReached(Device source, Protocol protocol, int port) {
		Set<Segment> reached = new LinkedHashSet<>();
		for (Segment target : network.getSegments()) {
			if (reaches(source, new ArrayList<>(pointsOf(source)), domain -> domain.votes().containsKey(target),
					new Party(null, target, target.getZone()), protocol, port)) {
				reached.add(target);
			}
		}
		return reached;
	}

	/** Whether a packet of {@code protocol}/{@code port} from {@code source} reaches {@code destination} (one of its cards). */
	public boolean reachesDevice(Device source, Device destination, Protocol protocol, int port) {
		for (Point point : pointsOf(destination)) {
			Segment segment = leading(flood(point, true));
			Zone zone = segment != null && segment.getZone() != null ? segment.getZone() : destination.getZone();
			if (reaches(source, origins(source), domain -> domain.points().contains(point), new Party(destination, segment, zone), protocol, port)) {
				return true;
			}
		}
		return false;
	}

	private boolean reaches(Device source, Segment target, Protocol protocol, int servicePort) {
		return reaches(source, origins(source), domain -> domain.votes().containsKey(target), new Party(null, target, target.getZone()), protocol,
				servicePort);
	}

	/** How a rule sees one end of a packet: a device (or any host when null), its segment and zone. */
	private record Party(Device device, Segment segment, Zone zone) {
	}

	/** Whether a packet from {@code source} gets into a domain {@code arrived} accepts, the rules seeing {@code target} as its destination. */
	private boolean reaches(Device source, List<Object> origins, Predicate<Domain> arrived, Party target, Protocol protocol, int servicePort) {
		for (Object origin : origins) {
			Domain start = flood(origin, false);
			if (arrived.test(start)) {
				return true;
			}
			Segment sourceSegment = leading(flood(origin, true));
			Zone sourceZone = sourceSegment != null && sourceSegment.getZone() != null ? sourceSegment.getZone() : source.getZone();
			Party from = new Party(source, sourceSegment, sourceZone);
			Set<Point> seen = new HashSet<>(start.points());
			ArrayDeque<Point> arrivals = new ArrayDeque<>(start.points());
			while (!arrivals.isEmpty()) {
				Point arrival = arrivals.poll();
				Device router = arrival.port().getDevice();
				for (Point exit : exits(router, arrival)) {
					if (!allows(router, arrival.port(), from, target, protocol, servicePort)) {
						continue;
					}
					Domain next = flood(exit, false);
					if (arrived.test(next)) {
						return true;
					}
					for (Point point : next.points()) {
						if (seen.add(point)) {
							arrivals.add(point);
						}
					}
				}
			}
		}
		return false;
	}

	/** The layer-3 points a forwarding device can send from after receiving at {@code arrival}. */
	private List<Point> exits(Device device, Point arrival) {
		List<Point> exits = new ArrayList<>();
		boolean diode = device.getRole() == DeviceRole.DATA_DIODE;
		if (diode && arrival.port() != device.getIngress()) {
			return exits;
		}
		if (!diode && !device.isRouting()) {
			return exits;
		}
		for (Point point : pointsOf(device)) {
			if (!point.equals(arrival) && !(diode && point.port() == device.getIngress())) {
				exits.add(point);
			}
		}
		return exits;
	}

	/** Where the device's traffic starts: its layer-3 points, and for a switch each VLAN it switches. */
	private List<Object> origins(Device source) {
		List<Object> origins = new ArrayList<>(pointsOf(source));
		if (switches(source)) {
			Set<Integer> vlans = new TreeSet<>();
			for (Interface port : source.getInterfaces()) {
				if (isSvi(port) && port.getAccessVlan() != null) {
					vlans.add(port.getAccessVlan());
				}
				if (!isSwitchPort(port)) {
					continue;
				}
				if (port.getMode() == InterfaceMode.TRUNK) {
					for (int vlan : universe) {
						if (carriesTagged(port, vlan) || vlan == nativeOf(port)) {
							vlans.add(vlan);
						}
					}
				} else {
					vlans.add(accessVlanOf(port));
				}
			}
			for (int vlan : vlans) {
				origins.add(new Bridge(source, vlan));
			}
		}
		return origins;
	}

	/** The enabled layer-3 points of a device (routed ports, SVIs, subinterfaces, endpoint cards). */
	private List<Point> pointsOf(Device device) {
		List<Point> points = new ArrayList<>();
		for (Interface port : device.getInterfaces()) {
			if (!port.isEnabled() || isSwitchPort(port)) {
				continue;
			}
			if (port.getMode() == InterfaceMode.TRUNK) {
				if (nativeOf(port) > 0) {
					points.add(new Point(port, nativeOf(port)));
				}
				for (int vlan : universe) {
					if (carriesTagged(port, vlan)) {
						points.add(new Point(port, vlan));
					}
				}
			} else {
				points.add(new Point(port, port.getAccessVlan() == null ? 0 : port.getAccessVlan()));
			}
		}
		return points;
	}

	/**
	 * The domain frames from {@code origin} (a point or a bridge) flood; with {@code twoWayOnly} one-way links are not
	 * followed, which gives the domain a host belongs to rather than all it can send into.
	 */
	private Domain flood(Object origin, boolean twoWayOnly) {
		Walk walk = new Walk(twoWayOnly);
		if (origin instanceof Bridge bridge) {
			walk.bridge(bridge, null);
			return walk.result();
		}
		Point point = (Point) origin;
		Interface port = point.port();
		if (isSvi(port)) {
			walk.bridge(new Bridge(port.getDevice(), point.vlan()), null);
			return withPoint(walk.result(), point);
		}
		walk.point(point);
		walk.send(port, port.getMode() == InterfaceMode.TRUNK && point.vlan() != nativeOf(port) ? point.vlan() : 0);
		return walk.result();
	}

	private static Domain withPoint(Domain domain, Point point) {
		Set<Point> points = new LinkedHashSet<>(domain.points());
		points.add(point);
		Map<Segment, Integer> votes = new HashMap<>(domain.votes());
		return new Domain(points, votes, domain.firstVoted());
	}

	/** One breadth of frames through switches; channel 0 is untagged, v is tagged with VLAN v. */
	private final class Walk {
		final boolean twoWayOnly;
		final Set<Point> points = new LinkedHashSet<>();
		final Set<Bridge> bridges = new HashSet<>();
		final Set<List<Object>> sent = new HashSet<>();
		final Map<Segment, Integer> votes = new HashMap<>();
		Segment firstVoted;

		Walk(boolean twoWayOnly) {
			this.twoWayOnly = twoWayOnly;
		}

		void vote(Device device, int vlan) {
			Segment segment = segmentOf(device, vlan);
			if (segment != null) {
				votes.merge(segment, 1, Integer::sum);
				if (firstVoted == null) {
					firstVoted = segment;
				}
			}
		}

		void point(Point point) {
			if (points.add(point) && point.vlan() > 0) {
				vote(point.port().getDevice(), point.vlan());
			}
		}

		void send(Interface from, int channel) {
			if (!from.isEnabled() || !sent.add(List.of(from, channel))) {
				return;
			}
			for (Link link : links.getOrDefault(from, List.of())) {
				Interface to = link.getEndA() == from ? link.getEndB() : link.getEndA();
				boolean forward = link.getDirection() == LinkDirection.BOTH
						|| (link.getDirection() == LinkDirection.FROM_A && link.getEndA() == from)
						|| (link.getDirection() == LinkDirection.FROM_B && link.getEndB() == from);
				if (link.isEnabled() && to != from && to.isEnabled() && forward
						&& (!twoWayOnly || link.getDirection() == LinkDirection.BOTH)) {
					arrive(to, channel);
				}
			}
		}

		void arrive(Interface at, int channel) {
			if (isSwitchPort(at)) {
				int vlan = ingressVlan(at, channel);
				if (vlan > 0) {
					bridge(new Bridge(at.getDevice(), vlan), at);
				}
				return;
			}
			if (at.getMode() == InterfaceMode.TRUNK) {
				if (channel == 0 && nativeOf(at) > 0) {
					point(new Point(at, nativeOf(at)));
				} else if (channel > 0 && carriesTagged(at, channel)) {
					point(new Point(at, channel));
				}
			} else if (channel == 0) {
				point(new Point(at, at.getAccessVlan() == null ? 0 : at.getAccessVlan()));
			}
		}

		void bridge(Bridge bridge, Interface ingress) {
			if (!bridges.add(bridge)) {
				return;
			}
			vote(bridge.device(), bridge.vlan());
			for (Interface port : bridge.device().getInterfaces()) {
				if (isSvi(port) && port.isEnabled() && port.getAccessVlan() != null && port.getAccessVlan() == bridge.vlan()) {
					point(new Point(port, bridge.vlan()));
				} else if (isSwitchPort(port) && port != ingress) {
					int channel = egressChannel(port, bridge.vlan());
					if (channel >= 0) {
						send(port, channel);
					}
				}
			}
		}

		Domain result() {
			return new Domain(points, votes, firstVoted);
		}
	}

	private static boolean switches(Device device) {
		return device.getRole() == DeviceRole.SWITCH || device.getRole() == DeviceRole.ACCESS_POINT;
	}

	private static boolean isSwitchPort(Interface port) {
		return switches(port.getDevice()) && port.getMode() != InterfaceMode.ROUTED;
	}

	private boolean isSvi(Interface port) {
		return switches(port.getDevice()) && port.getMode() == InterfaceMode.ROUTED && links.getOrDefault(port, List.of()).isEmpty();
	}

	private static int nativeOf(Interface port) {
		return port.getNativeVlan() == null ? 0 : port.getNativeVlan();
	}

	private static int accessVlanOf(Interface port) {
		return port.getAccessVlan() == null ? 1 : port.getAccessVlan();
	}

	private static boolean carriesTagged(Interface trunk, int vlan) {
		return vlan != nativeOf(trunk) && VlanList.parse(trunk.getAllowedVlans()).contains(vlan);
	}

	private int ingressVlan(Interface port, int channel) {
		if (port.getMode() == InterfaceMode.TRUNK) {
			return channel == 0 ? nativeOf(port) : carriesTagged(port, channel) ? channel : 0;
		}
		return channel == 0 ? accessVlanOf(port) : 0;
	}

	/** The channel a switch port sends VLAN {@code vlan} on, or -1 when it does not carry it. */
	private int egressChannel(Interface port, int vlan) {
		if (port.getMode() == InterfaceMode.TRUNK) {
			return vlan == nativeOf(port) ? 0 : carriesTagged(port, vlan) && universe.contains(vlan) ? vlan : -1;
		}
		return accessVlanOf(port) == vlan ? 0 : -1;
	}

	private Segment segmentOf(Device device, int vlan) {
		Segment network = null;
		for (Segment segment : this.network.getSegments()) {
			if (segment.getVlanId() != null && segment.getVlanId() == vlan) {
				if (segment.getSite() != null && segment.getSite() == device.getSite()) {
					return segment;
				}
				if (segment.getSite() == null && network == null) {
					network = segment;
				}
			}
		}
		return network;
	}

	/** The segment with most votes in a domain; ties go to the one listed first in the network. */
	private Segment leading(Domain domain) {
		Segment best = null;
		for (Segment segment : network.getSegments()) {
			Integer votes = domain.votes().get(segment);
			if (votes != null && (best == null || votes > domain.votes().get(best))) {
				best = segment;
			}
		}
		return best;
	}

	private static boolean isCore(Segment segment) {
		return segment.getZone() != null && segment.getZone().isCore();
	}

	/**
	 * The rules applied inbound on the interface the packet entered by come first: the first that matches drops it
	 * (DENY) or lets it on (ALLOW). Then the first matching rule applied everywhere decides; the default action decides
	 * the rest. Rules applied on other interfaces play no part.
	 */
	private static boolean allows(Device device, Interface entered, Party source, Party target, Protocol protocol, int port) {
		if (device.getPolicy() == null || device.getRole() == DeviceRole.DATA_DIODE) {
			return true;
		}
		for (FirewallRule rule : device.getPolicy().getRules()) {
			if (rule.getIngress() != null && rule.getIngress() == entered && matches(rule, source, target, protocol, port)) {
				if (rule.getAction() == Action.DENY) {
					return false;
				}
				break;
			}
		}
		for (FirewallRule rule : device.getPolicy().getRules()) {
			if (rule.getIngress() == null && matches(rule, source, target, protocol, port)) {
				return rule.getAction() == Action.ALLOW;
			}
		}
		return device.getPolicy().getDefaultAction() == Action.ALLOW;
	}

	private static boolean matches(FirewallRule rule, Party source, Party target, Protocol protocol, int port) {
		return matches(rule.getSource(), source.device(), source.segment(), source.zone())
				&& matches(rule.getDestination(), target.device(), target.segment(), target.zone()) && covers(rule.getService(), protocol, port);
	}

	private static boolean matches(FlowEndpoint named, Device device, Segment segment, Zone zone) {
		return named == null || named == device || named == segment || named == zone;
	}

	private static boolean covers(Service service, Protocol protocol, int port) {
		if (service == null) {
			return true;
		}
		// A probe of protocol ANY stands for "another IP protocol": it has no ports, so only a portless ANY covers it.
		boolean ported = protocol == Protocol.TCP || protocol == Protocol.UDP;
		boolean portless = service.getPorts() == null || service.getPorts().isBlank();
		boolean protocolMatches = service.getProtocol() == Protocol.ANY ? portless || ported
				: service.getProtocol() == protocol;
		if (!protocolMatches) {
			return false;
		}
		return service.getPorts() == null || service.getPorts().isBlank() || !ported || PortList.parse(service.getPorts()).contains(port);
	}
}
