package io.github.netreview.model.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.netreview.model.NetworkEquipment;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/**
 * Draws a network as sites holding zones holding devices, with an edge per link, placed in nested rows. It is the
 * layout of last resort; the layout bundle replaces the positions with graphviz's.
 */
public final class DiagramBuilder {

	public static final int DEVICE_WIDTH = 150;
	public static final int DEVICE_HEIGHT = 60;
	static final int GAP = 20;
	static final int PADDING = 16;
	static final int TITLE = 28;

	private static final NotationFactory FACTORY = NotationFactory.eINSTANCE;

	/** Networks with more devices than this get each access switch's endpoints as a collapsed group. */
	public static final int GROUP_ABOVE = 1000;

	private final Map<Device, Node> deviceNodes = new HashMap<>();
	private final Map<Device, List<Device>> groups = new HashMap<>();
	private final int groupAbove;

	private DiagramBuilder(int groupAbove) {
		this.groupAbove = groupAbove;
	}

	/** A new diagram of {@code network}, not yet added to any resource. */
	public static Diagram build(Network network, String id, String name) {
		return build(network, id, name, GROUP_ABOVE);
	}

	/** A new diagram of {@code network} that folds endpoints into their switches' groups above {@code groupAbove} devices. */
	public static Diagram build(Network network, String id, String name, int groupAbove) {
		return new DiagramBuilder(groupAbove).diagramOf(network, id, name);
	}

	/** The diagram a network without one gets: named after the network, with the id {@code diagram-NETWORK_ID}. */
	public static Diagram build(Network network) {
		return build(network, "diagram-" + network.getId(), network.getName());
	}

	private Diagram diagramOf(Network network, String id, String name) {
		Diagram diagram = FACTORY.createDiagram();
		diagram.setId(id);
		diagram.setName(name);
		diagram.setNetwork(network);
		Map<Site, Map<Zone, List<Device>>> placement = new LinkedHashMap<>();
		for (Site site : network.getSites()) {
			placement.put(site, new LinkedHashMap<>());
		}
		if (network.getDevices().size() > groupAbove) {
			groupEndpoints(network);
		}
		Set<Device> grouped = new HashSet<>();
		groups.values().forEach(grouped::addAll);
		for (Device device : network.getDevices()) {
			if (grouped.contains(device)) {
				continue;
			}
			placement.computeIfAbsent(device.getSite(), s -> new LinkedHashMap<>())
					.computeIfAbsent(device.getZone(), z -> new ArrayList<>()).add(device);
		}
		placeEmptyZones(network, placement);
		List<Node> top = new ArrayList<>();
		placement.forEach((site, zones) -> {
			List<Node> siteChildren = new ArrayList<>();
			zones.forEach((zone, devices) -> {
				List<Node> deviceViews = devices.stream().map(this::deviceNode).toList();
				if (zone == null) {
					siteChildren.addAll(deviceViews);
				} else {
					siteChildren.add(container(zone, deviceViews));
				}
			});
			if (site == null) {
				top.addAll(siteChildren);
			} else {
				top.add(container(site, siteChildren));
			}
		});
		arrange(top, 0);
		diagram.getNodes().addAll(top);
		for (Link link : network.getLinks()) {
			Node source = link.getEndA() == null ? null : deviceNodes.get(link.getEndA().getDevice());
			Node target = link.getEndB() == null ? null : deviceNodes.get(link.getEndB().getDevice());
			if (source != null && target != null) {
				Edge edge = FACTORY.createEdge();
				edge.setId(id + "." + link.getId());
				edge.setElement(link);
				edge.setSource(source);
				edge.setTarget(target);
				diagram.getEdges().add(edge);
			}
		}
		return diagram;
	}

	/** Places every node of an existing diagram again in nested rows, containers sized to fit what they hold. */
	public static void rearrange(Diagram diagram) {
		for (Node node : diagram.getNodes()) {
			rearrange(node);
		}
		arrange(diagram.getNodes(), 0);
	}

	private static void rearrange(Node node) {
		if (node.getChildren().isEmpty() || node.isCollapsed()) {
			return;
		}
		for (Node child : node.getChildren()) {
			rearrange(child);
		}
		fitToChildren(node);
	}

	/** Places a container's children in rows under its title and sizes it to hold them. */
	private static void fitToChildren(Node node) {
		int[] size = arrange(node.getChildren(), TITLE);
		node.setWidth(size[0]);
		node.setHeight(size[1]);
	}

	private Node deviceNode(Device device) {
		Node node = node(device);
		deviceNodes.put(device, node);
		List<Device> endpoints = groups.get(device);
		if (endpoints != null) {
			node.getChildren().addAll(endpoints.stream().map(this::deviceNode).toList());
			arrange(node.getChildren(), TITLE);
			node.setCollapsed(true);
		}
		fitLabel(node);
		return node;
	}

	/** Sizes a device's box to hold its label (see {@link NodeSizes}). */
	private static void fitLabel(Node node) {
		int[] size = NodeSizes.of(DeviceLabel.of(node));
		node.setWidth(size[0]);
		node.setHeight(size[1]);
	}

	/** Each endpoint cabled only to one switch goes into that switch's group. */
	private void groupEndpoints(Network network) {
		Map<Device, List<Device>> peers = new HashMap<>();
		for (Link link : network.getLinks()) {
			if (link.getEndA() != null && link.getEndB() != null && link.getEndA().getDevice() != null && link.getEndB().getDevice() != null) {
				peers.computeIfAbsent(link.getEndA().getDevice(), d -> new ArrayList<>()).add(link.getEndB().getDevice());
				peers.computeIfAbsent(link.getEndB().getDevice(), d -> new ArrayList<>()).add(link.getEndA().getDevice());
			}
		}
		for (Device device : network.getDevices()) {
			List<Device> cabled = peers.getOrDefault(device, List.of());
			if (isEndpoint(device) && cabled.size() == 1 && cabled.get(0).getRole() == DeviceRole.SWITCH) {
				groups.computeIfAbsent(cabled.get(0), s -> new ArrayList<>()).add(device);
			}
		}
	}

	private static boolean isEndpoint(Device device) {
		return !NetworkEquipment.is(device) && device.getRole() != DeviceRole.ACCESS_POINT && !device.isRouting();
	}

	/** Expands or collapses a switch's group of endpoints: the node grows to hold them, or shrinks to a device again. */
	public static void setCollapsed(Node group, boolean collapsed) {
		group.setCollapsed(collapsed);
		if (collapsed) {
			fitLabel(group);
		} else {
			fitToChildren(group);
		}
	}

	/**
	 * A zone no device is in yet is still drawn, empty, in its site (at the top when it has none), so that the zone matrix
	 * and the palette can point at it.
	 */
	private static void placeEmptyZones(Network network, Map<Site, Map<Zone, List<Device>>> placement) {
		Set<Zone> placed = new HashSet<>();
		placement.values().forEach(zones -> placed.addAll(zones.keySet()));
		for (Zone zone : network.getZones()) {
			if (!placed.contains(zone)) {
				placement.computeIfAbsent(zone.getSite(), s -> new LinkedHashMap<>()).put(zone, new ArrayList<>());
			}
		}
	}

	private Node container(Named element, List<Node> children) {
		Node node = node(element);
		node.getChildren().addAll(children);
		int[] size = arrange(children, TITLE);
		node.setWidth(size[0]);
		node.setHeight(size[1]);
		return node;
	}

	private static Node node(Named element) {
		Node node = FACTORY.createNode();
		node.setElement(element);
		return node;
	}

	/**
	 * Places already-sized nodes in rows about as wide as the whole is tall and returns the size of the box holding
	 * them, padding included; {@code top} leaves room for a container's title.
	 */
	static int[] arrange(List<Node> nodes, int top) {
		long area = 0;
		int widest = 0;
		for (Node node : nodes) {
			area += (long) (node.getWidth() + GAP) * (node.getHeight() + GAP);
			widest = Math.max(widest, node.getWidth());
		}
		int rowWidth = Math.max(widest, (int) Math.sqrt(area * 1.6));
		int x = PADDING;
		int y = PADDING + top;
		int rowHeight = 0;
		int right = 0;
		for (Node node : nodes) {
			if (x > PADDING && x + node.getWidth() > PADDING + rowWidth) {
				x = PADDING;
				y += rowHeight + GAP;
				rowHeight = 0;
			}
			node.setX(x);
			node.setY(y);
			x += node.getWidth() + GAP;
			rowHeight = Math.max(rowHeight, node.getHeight());
			right = Math.max(right, x - GAP);
		}
		int width = Math.max(right + PADDING, 2 * PADDING + DEVICE_WIDTH);
		int height = nodes.isEmpty() ? top + 2 * PADDING + DEVICE_HEIGHT : y + rowHeight + PADDING; // room to drop a device in
		return new int[] { width, height };
	}
}
