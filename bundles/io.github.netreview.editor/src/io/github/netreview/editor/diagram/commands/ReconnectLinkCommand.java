package io.github.netreview.editor.diagram.commands;

import org.eclipse.gef.commands.Command;

import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * Moves one end of a link to another device: the link now ends at a new interface of that device (its old interface
 * stays, now free), and the edge follows. Undo puts the end, the interface and the edge back.
 */
public final class ReconnectLinkCommand extends Command {

	private final Edge edge;
	private final Node target;
	private final boolean source;
	private Interface oldEnd;
	private Node oldNode;
	private Interface newEnd;

	public ReconnectLinkCommand(Edge edge, Node target, boolean source) {
		super("Reconnect link");
		this.edge = edge;
		this.target = target;
		this.source = source;
	}

	@Override
	public boolean canExecute() {
		Node other = source ? edge.getTarget() : edge.getSource();
		return edge.getElement() instanceof Link && target.getElement() instanceof Device && target != other;
	}

	@Override
	public void execute() {
		Link link = (Link) edge.getElement();
		Device device = (Device) target.getElement();
		oldEnd = source ? link.getEndA() : link.getEndB();
		oldNode = source ? edge.getSource() : edge.getTarget();
		newEnd = CreateLinkCommand.newPort(device, ElementIds.of(DiagramNodes.diagramOf(edge).getNetwork()));
		redo();
	}

	@Override
	public void redo() {
		((Device) target.getElement()).getInterfaces().add(newEnd);
		set(newEnd, target);
	}

	@Override
	public void undo() {
		set(oldEnd, oldNode);
		((Device) target.getElement()).getInterfaces().remove(newEnd);
	}

	private void set(Interface end, Node node) {
		Link link = (Link) edge.getElement();
		if (source) {
			link.setEndA(end);
			edge.setSource(node);
		} else {
			link.setEndB(end);
			edge.setTarget(node);
		}
	}
}
