package io.github.netreview.editor.diagram.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.github.netreview.model.build.DeviceNames;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;

/**
 * Creates a device of a role in a zone: named by its role (cam-03 after cam-lobby-02), in the zone and site of the zone
 * node it is dropped in, its node nested there. Undo removes both.
 */
public final class CreateDeviceCommand extends Command {

	private final Node zoneNode;
	private final Rectangle bounds;
	private final Device device;
	private final Node node;

	public CreateDeviceCommand(Node zoneNode, DeviceRole role, Rectangle bounds) {
		super("Create device");
		this.zoneNode = zoneNode;
		this.bounds = bounds.getCopy();
		device = TopologyFactory.eINSTANCE.createDevice();
		device.setRole(role);
		node = NotationFactory.eINSTANCE.createNode();
		node.setElement(device);
	}

	Device device() {
		return device;
	}

	@Override
	public boolean canExecute() {
		return network() != null && zoneNode.getElement() instanceof Zone;
	}

	private Network network() {
		var diagram = DiagramNodes.diagramOf(zoneNode);
		return diagram == null ? null : diagram.getNetwork();
	}

	@Override
	public void execute() {
		Network network = network();
		ElementIds ids = ElementIds.of(network);
		String name = DeviceNames.next(network, device.getRole(), candidate -> ids.contains("dev-" + candidate));
		setLabel("Create device " + name);
		device.setId("dev-" + name);
		device.setName(name);
		Zone zone = (Zone) zoneNode.getElement();
		device.setZone(zone);
		device.setSite(zone.getSite() != null ? zone.getSite() : siteAbove(zoneNode));
		node.setId("view-" + device.getId());
		node.setX(bounds.x);
		node.setY(bounds.y);
		node.setWidth(bounds.width);
		node.setHeight(bounds.height);
		redo();
	}

	private static Site siteAbove(Node node) {
		for (Object at = node.eContainer(); at instanceof Node container; at = container.eContainer()) {
			if (container.getElement() instanceof Site site) {
				return site;
			}
		}
		return null;
	}

	@Override
	public void redo() {
		network().getDevices().add(device);
		zoneNode.getChildren().add(node);
	}

	@Override
	public void undo() {
		zoneNode.getChildren().remove(node);
		network().getDevices().remove(device);
	}
}
