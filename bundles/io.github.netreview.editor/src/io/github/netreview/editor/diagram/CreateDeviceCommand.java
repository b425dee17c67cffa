package io.github.netreview.editor.diagram;

import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.commands.Command;

import io.github.netreview.analysis.proposals.ElementIds;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;

/**
 * Creates a device of a role in the network and its node in the diagram or in a site or zone node; the device takes
 * the site and zone of where it is dropped. Undo removes both.
 */
final class CreateDeviceCommand extends Command {

	private final Object parent;
	private final Rectangle bounds;
	private final Device device;
	private final Node node;

	CreateDeviceCommand(Object parent, DeviceRole role, Rectangle bounds) {
		super("Create " + RoleIcons.label(role).toLowerCase(Locale.ROOT));
		this.parent = parent;
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
		return network() != null;
	}

	private Network network() {
		Diagram diagram = parent instanceof Diagram d ? d : parent instanceof Node n ? DiagramNodes.diagramOf(n) : null;
		return diagram == null ? null : diagram.getNetwork();
	}

	@Override
	public void execute() {
		Network network = network();
		ElementIds ids = ElementIds.of(network);
		String base = device.getRole().getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
		String name = base;
		for (int i = 1; ids.contains("dev-" + name); i++) {
			name = base + "-" + i;
		}
		device.setId("dev-" + name);
		device.setName(name);
		if (parent instanceof Node container) {
			if (container.getElement() instanceof Zone zone) {
				device.setZone(zone);
				device.setSite(zone.getSite() != null ? zone.getSite() : siteAbove(container));
			} else if (container.getElement() instanceof Site site) {
				device.setSite(site);
			}
		}
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
		siblings().add(node);
	}

	@Override
	public void undo() {
		siblings().remove(node);
		network().getDevices().remove(device);
	}

	private List<Node> siblings() {
		return parent instanceof Diagram diagram ? diagram.getNodes() : ((Node) parent).getChildren();
	}
}
