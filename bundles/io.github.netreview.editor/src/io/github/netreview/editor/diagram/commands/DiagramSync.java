package io.github.netreview.editor.diagram.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.build.DeviceLabel;
import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * Brings a diagram in line with its network after model edits made elsewhere (an applied proposal): a node for each
 * device that has none, next to a device it is cabled to; an edge for each link that has none; edges follow their
 * link's ends and go when their link does.
 */
public final class DiagramSync {

	private DiagramSync() {
	}

	static void reconcile(Diagram diagram) {
		Map<Device, Node> nodes = new HashMap<>();
		for (var all = diagram.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Node node && node.getElement() instanceof Device device) {
				nodes.putIfAbsent(device, node);
			}
		}
		for (Device device : diagram.getNetwork().getDevices()) {
			if (!nodes.containsKey(device)) {
				nodes.put(device, place(diagram, device, nodes));
			}
		}
		Set<Link> drawn = new HashSet<>();
		for (Edge edge : new ArrayList<>(diagram.getEdges())) {
			if (edge.getElement() instanceof Link link) {
				if (link.eContainer() == null) {
					diagram.getEdges().remove(edge);
					continue;
				}
				drawn.add(link);
				Node source = nodeOf(link.getEndA(), nodes);
				Node target = nodeOf(link.getEndB(), nodes);
				if (source != null && edge.getSource() != source) {
					edge.setSource(source);
				}
				if (target != null && edge.getTarget() != target) {
					edge.setTarget(target);
				}
			}
		}
		for (Link link : diagram.getNetwork().getLinks()) {
			Node source = nodeOf(link.getEndA(), nodes);
			Node target = nodeOf(link.getEndB(), nodes);
			if (!drawn.contains(link) && source != null && target != null) {
				Edge edge = NotationFactory.eINSTANCE.createEdge();
				edge.setId(diagram.getId() + "." + link.getId());
				edge.setElement(link);
				edge.setSource(source);
				edge.setTarget(target);
				diagram.getEdges().add(edge);
			}
		}
	}

	private static Node nodeOf(Interface end, Map<Device, Node> nodes) {
		return end == null ? null : nodes.get(end.getDevice());
	}

	/** A node for a new device, to the right of the first device it is cabled to that is drawn (else at the top left). */
	private static Node place(Diagram diagram, Device device, Map<Device, Node> nodes) {
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setId("view-" + device.getId());
		node.setElement(device);
		int[] size = NodeSizes.of(DeviceLabel.of(device, 0));
		node.setWidth(size[0]);
		node.setHeight(size[1]);
		Node neighbour = neighbourNode(diagram, device, nodes);
		if (neighbour == null) {
			node.setX(20);
			node.setY(20);
			diagram.getNodes().add(node);
		} else {
			node.setX(neighbour.getX() + neighbour.getWidth() / 2);
			node.setY(neighbour.getY() + neighbour.getHeight() + 10);
			siblings(diagram, neighbour).add(node);
		}
		return node;
	}

	private static Node neighbourNode(Diagram diagram, Device device, Map<Device, Node> nodes) {
		for (Link link : diagram.getNetwork().getLinks()) {
			Device other = link.getEndA() != null && link.getEndA().getDevice() == device && link.getEndB() != null ? link.getEndB().getDevice()
					: link.getEndB() != null && link.getEndB().getDevice() == device && link.getEndA() != null ? link.getEndA().getDevice() : null;
			if (other != null && nodes.containsKey(other)) {
				return nodes.get(other);
			}
		}
		return null;
	}

	private static List<Node> siblings(Diagram diagram, Node node) {
		EObject container = node.eContainer();
		return container instanceof Node parent ? parent.getChildren() : diagram.getNodes();
	}
}
