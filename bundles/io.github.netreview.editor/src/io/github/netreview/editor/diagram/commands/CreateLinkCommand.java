package io.github.netreview.editor.diagram.commands;

import java.util.List;

import org.eclipse.gef.commands.Command;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.build.PortNames;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyFactory;

/**
 * Cables two devices: on each a free jack or a new port in its scheme (see {@link LinkEnds}), a link between them and
 * its edge on the diagram. Undo removes all of it.
 */
public final class CreateLinkCommand extends Command {

	private final Node source;
	private Node target;
	private Interface endA;
	private Interface endB;
	private boolean newA;
	private boolean newB;
	private Link link;
	private Edge edge;
	private VlanQuestion vlans = VlanQuestion.UNASSIGNED;

	public CreateLinkCommand(Node source) {
		super("Create link");
		this.source = source;
	}

	public void setTarget(Node node) {
		target = node;
		if (node.getElement() instanceof Device device) {
			setLabel("Create link " + device(source).getName() + " - " + device.getName());
		}
	}

	/** Who answers when a switch's new access port has no VLAN to take from the other end's zone. */
	public void setVlanQuestion(VlanQuestion question) {
		vlans = question;
	}

	public Device sourceDevice() {
		return source.getElement() instanceof Device device ? device : null;
	}

	Link link() {
		return link;
	}

	@Override
	public boolean canExecute() {
		return source.getElement() instanceof Device && (target == null || target.getElement() instanceof Device && target != source);
	}

	@Override
	public void execute() {
		Diagram diagram = DiagramNodes.diagramOf(source);
		ElementIds ids = ElementIds.of(diagram.getNetwork());
		LinkEnds ends = new LinkEnds(diagram.getNetwork(), ids);
		endA = ends.on(device(source), device(target));
		endB = ends.on(device(target), device(source));
		newA = endA.getDevice() == null;
		newB = endB.getDevice() == null;
		askVlan(newA, endA, device(source), device(target));
		askVlan(newB, endB, device(target), device(source));
		link = TopologyFactory.eINSTANCE.createLink();
		link.setId(ids.unused("link-" + device(source).getName() + "-" + device(target).getName()));
		link.setEndA(endA);
		link.setEndB(endB);
		edge = NotationFactory.eINSTANCE.createEdge();
		edge.setId(diagram.getId() + "." + link.getId());
		edge.setElement(link);
		edge.setSource(source);
		edge.setTarget(target);
		redo();
	}

	/** Asks for the VLAN of a new access port on a switch that could not take one from the other end's zone. */
	private void askVlan(boolean created, Interface port, Device device, Device other) {
		if (created && device.getRole() == DeviceRole.SWITCH && port.getMode() == InterfaceMode.ACCESS && port.getAccessVlan() == null) {
			List<Segment> choices = VlanChoices.of(network(), device);
			if (!choices.isEmpty()) {
				port.setAccessVlan(vlans.ask(device, other, choices));
			}
		}
	}

	private static Device device(Node node) {
		return (Device) node.getElement();
	}

	/** A new access port on {@code device}, named in its scheme. */
	static Interface newPort(Device device, ElementIds ids) {
		Interface port = TopologyFactory.eINSTANCE.createInterface();
		String name = PortNames.next(device);
		port.setName(name);
		port.setId(ids.unused(NetworkBuilder.interfaceId(device.getId(), name)));
		port.setMode(InterfaceMode.ACCESS);
		return port;
	}

	@Override
	public void redo() {
		if (newA) {
			device(source).getInterfaces().add(endA);
		}
		if (newB) {
			device(target).getInterfaces().add(endB);
		}
		network().getLinks().add(link);
		DiagramNodes.diagramOf(source).getEdges().add(edge);
	}

	@Override
	public void undo() {
		DiagramNodes.diagramOf(source).getEdges().remove(edge);
		network().getLinks().remove(link);
		if (newB) {
			device(target).getInterfaces().remove(endB);
		}
		if (newA) {
			device(source).getInterfaces().remove(endA);
		}
	}

	private Network network() {
		return DiagramNodes.diagramOf(source).getNetwork();
	}
}
