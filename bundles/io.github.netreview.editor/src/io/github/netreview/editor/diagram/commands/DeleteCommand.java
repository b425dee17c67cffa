package io.github.netreview.editor.diagram.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.View;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;

/**
 * Deletes devices and links from the network together with what depends on them (a device's links, the nodes and
 * edges that show them, references to them), recorded over the whole resource so that undo restores everything
 * exactly. Sites and zones are containers of the drawing only: deleting their node keeps the devices in the network.
 */
public final class DeleteCommand extends RecordedCommand {

	private final Diagram diagram;
	private final List<EObject> views;

	public DeleteCommand(Resource resource, Diagram diagram, List<EObject> views) {
		super(label(views), resource);
		this.diagram = diagram;
		this.views = List.copyOf(views);
	}

	/** "Delete cam-01" for one named element, "Delete 3 elements" for more. */
	private static String label(List<EObject> views) {
		if (views.size() != 1) {
			return "Delete " + views.size() + " elements";
		}
		return views.get(0) instanceof View view && view.getElement() != null && view.getElement().getName() != null
				? "Delete " + view.getElement().getName() : "Delete";
	}

	@Override
	public boolean canExecute() {
		return !views.isEmpty();
	}

	@Override
	ChangeDescription record() {
		return recording(() -> {
			for (EObject view : views) {
				delete(view);
			}
		});
	}

	private void delete(EObject view) {
		if (view.eContainer() == null && view.eResource() == null) {
			return; // already gone with something deleted before it
		}
		EObject element = view instanceof Node node ? node.getElement() : view instanceof Edge edge ? edge.getElement() : null;
		List<Link> links = new ArrayList<>();
		if (element instanceof Device device) {
			for (Link link : diagram.getNetwork().getLinks()) {
				if (endsAt(link.getEndA(), device) || endsAt(link.getEndB(), device)) {
					links.add(link);
				}
			}
		} else if (element instanceof Link link) {
			links.add(link);
		}
		for (Edge edge : new ArrayList<>(diagram.getEdges())) {
			if (links.contains(edge.getElement()) || edge.getSource() == view || edge.getTarget() == view) {
				EcoreUtil.delete(edge);
			}
		}
		for (Link link : links) {
			EcoreUtil.delete(link, true);
		}
		if (view instanceof Node node) {
			if (element instanceof Device) {
				EcoreUtil.delete(element, true);
			} else {
				// a container's devices stay in the network; their nodes move up to keep them drawn
				List<Node> children = new ArrayList<>(node.getChildren());
				List<Node> parent = node.eContainer() instanceof Node outer ? outer.getChildren() : diagram.getNodes();
				for (Node child : children) {
					child.setX(child.getX() + node.getX());
					child.setY(child.getY() + node.getY());
					parent.add(child);
				}
			}
			EcoreUtil.delete(node);
		} else if (view instanceof Edge edge && edge.eContainer() != null) {
			EcoreUtil.delete(edge);
		}
	}

	private static boolean endsAt(Interface end, Device device) {
		return end != null && end.getDevice() == device;
	}
}
