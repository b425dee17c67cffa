package io.github.netreview.app.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.notation.NotationFactory;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyFactory;

/**
 * A second version of the headquarters, as a user would make it: cam-lobby-02's switch port (acc-sw-02 Gi1/0/30) moved
 * to VLAN 40, and a camera cam-lobby-03 added in the CCTV zone, cabled to a new port of cctv-sw-01 and drawn at the
 * free place at the bottom right of the zone.
 */
final class SecondVersion {

	static final String CAMERA = "cam-lobby-03";
	static final String LINK = "link-dev-cam-lobby-03";

	private SecondVersion() {
	}

	/** Reads {@code from}, changes it and saves it as {@code to} (which may be the same file). */
	static Path write(Path from, Path to) throws IOException {
		return write(from, to, true);
	}

	/** The same, the new camera drawn on the diagram or not. */
	static Path write(Path from, Path to, boolean drawCamera) throws IOException {
		Resource resource = ModelFiles.load(from);
		Network network = (Network) resource.getContents().get(0);
		Device accessSwitch = device(network, "acc-sw-02");
		accessSwitch.getInterfaces().stream().filter(port -> port.getName().equals("Gi1/0/30")).findFirst().orElseThrow().setAccessVlan(40);
		Device cctvSwitch = device(network, "cctv-sw-01");
		Interface port = port("dev-cctv-sw-01.Gi1-0-20", "Gi1/0/20");
		port.setAccessVlan(40);
		cctvSwitch.getInterfaces().add(port);
		Device camera = TopologyFactory.eINSTANCE.createDevice();
		camera.setId("dev-" + CAMERA);
		camera.setName(CAMERA);
		camera.setRole(DeviceRole.CAMERA);
		camera.setManufacturer("Axis Communications AB");
		camera.setModel("P3265-LV");
		camera.setSite(cctvSwitch.getSite());
		camera.setZone(cctvSwitch.getZone());
		Interface eth0 = port("dev-" + CAMERA + ".eth0", "eth0");
		eth0.setMac("AC:CC:8E:40:00:03");
		camera.getInterfaces().add(eth0);
		network.getDevices().add(camera);
		Link link = TopologyFactory.eINSTANCE.createLink();
		link.setId(LINK);
		link.setEndA(eth0);
		link.setEndB(port);
		network.getLinks().add(link);
		if (drawCamera) {
			draw(resource, camera, cctvSwitch, link);
		}
		ModelFiles.save(resource, to);
		return to;
	}

	private static void draw(Resource resource, Device camera, Device cctvSwitch, Link link) {
		Diagram diagram = (Diagram) resource.getContents().get(1);
		Node switchNode = nodeOf(diagram, cctvSwitch);
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setId("node-" + CAMERA);
		node.setElement(camera);
		node.setX(186);
		node.setY(444);
		node.setWidth(150);
		node.setHeight(60);
		((Node) switchNode.eContainer()).getChildren().add(node);
		Edge edge = NotationFactory.eINSTANCE.createEdge();
		edge.setId("diagram-main." + LINK);
		edge.setElement(link);
		edge.setSource(node);
		edge.setTarget(switchNode);
		diagram.getEdges().add(edge);
	}

	private static Interface port(String id, String name) {
		Interface port = TopologyFactory.eINSTANCE.createInterface();
		port.setId(id);
		port.setName(name);
		return port;
	}

	private static Device device(Network network, String name) {
		return network.getDevices().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Node nodeOf(Diagram diagram, Device device) {
		for (var all = diagram.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Node node && node.getElement() == device) {
				return node;
			}
		}
		throw new AssertionError(device.getName() + " is not drawn");
	}
}
