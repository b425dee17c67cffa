package io.github.netreview.editor.diagram.commands;

import java.util.List;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;

/**
 * Pastes copies of devices (with their interfaces, make, model, site and zone; without their links) next to where
 * the originals are drawn, each with a new id and a "-copy" name. One command, recorded over the resource for undo.
 */
public final class PasteCommand extends RecordedCommand {

	/** A device as copied, and the node that showed it (its container and place). */
	public record Copied(Device device, Node node) {
	}

	private static final int OFFSET = 30;

	private final Diagram diagram;
	private final List<Copied> copied;

	public PasteCommand(Resource resource, Diagram diagram, List<Copied> copied) {
		super(copied.size() == 1 ? "Paste device" : "Paste " + copied.size() + " devices", resource);
		this.diagram = diagram;
		this.copied = List.copyOf(copied);
	}

	@Override
	public boolean canExecute() {
		return !copied.isEmpty();
	}

	@Override
	ChangeDescription record() {
		return recording(() -> {
			for (Copied original : copied) {
				paste(original);
			}
		});
	}

	private void paste(Copied original) {
		ElementIds ids = ElementIds.of(diagram.getNetwork());
		Device device = EcoreUtil.copy(original.device());
		device.setId(ids.unused(original.device().getId() + "-copy"));
		device.setName(original.device().getName() + "-copy");
		device.setSite(original.device().getSite());
		device.setZone(original.device().getZone());
		for (Interface port : device.getInterfaces()) {
			port.setId(ids.unused(NetworkBuilder.interfaceId(device.getId(), port.getName())));
			port.setMac(null); // another unit: its MAC is not known
		}
		diagram.getNetwork().getDevices().add(device);
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setId("view-" + device.getId());
		node.setElement(device);
		node.setX(original.node().getX() + OFFSET);
		node.setY(original.node().getY() + OFFSET);
		node.setWidth(original.node().getWidth());
		node.setHeight(original.node().getHeight());
		boolean containerDrawn = original.node().eContainer() instanceof Node parent && parent.eResource() == resource();
		(containerDrawn ? ((Node) original.node().eContainer()).getChildren() : diagram.getNodes()).add(node);
	}
}
