package io.github.netreview.editor.diagram;

import org.eclipse.gef.commands.Command;

import io.github.netreview.analysis.proposals.ElementIds;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;

/**
 * Cables two devices: a new access interface on each (switch ports take the VLAN of the other end's segment later,
 * in the Properties view), a link between them and its edge on the diagram. Undo removes all of it.
 */
final class CreateLinkCommand extends Command {

	private final Node source;
	private Node target;
	private Interface endA;
	private Interface endB;
	private Link link;
	private Edge edge;

	CreateLinkCommand(Node source) {
		super("Create link");
		this.source = source;
	}

	void setTarget(Node node) {
		target = node;
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
		endA = newPort((Device) source.getElement(), ids);
		endB = newPort((Device) target.getElement(), ids);
		link = TopologyFactory.eINSTANCE.createLink();
		link.setId(ids.unused("link-" + ((Device) source.getElement()).getName() + "-" + ((Device) target.getElement()).getName()));
		link.setEndA(endA);
		link.setEndB(endB);
		edge = NotationFactory.eINSTANCE.createEdge();
		edge.setId(diagram.getId() + "." + link.getId());
		edge.setElement(link);
		edge.setSource(source);
		edge.setTarget(target);
		redo();
	}

	/** A new access port on {@code device}, named after how many it has. */
	static Interface newPort(Device device, ElementIds ids) {
		Interface port = TopologyFactory.eINSTANCE.createInterface();
		String name = "port" + (device.getInterfaces().size() + 1);
		port.setName(name);
		port.setId(ids.unused(NetworkBuilder.interfaceId(device.getId(), name)));
		port.setMode(InterfaceMode.ACCESS);
		return port;
	}

	@Override
	public void redo() {
		((Device) source.getElement()).getInterfaces().add(endA);
		((Device) target.getElement()).getInterfaces().add(endB);
		network().getLinks().add(link);
		DiagramNodes.diagramOf(source).getEdges().add(edge);
	}

	@Override
	public void undo() {
		DiagramNodes.diagramOf(source).getEdges().remove(edge);
		network().getLinks().remove(link);
		((Device) target.getElement()).getInterfaces().remove(endB);
		((Device) source.getElement()).getInterfaces().remove(endA);
	}

	private Network network() {
		return DiagramNodes.diagramOf(source).getNetwork();
	}
}
