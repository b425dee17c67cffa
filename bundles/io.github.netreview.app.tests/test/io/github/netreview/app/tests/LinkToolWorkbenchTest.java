package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;

/** The link tool cables a new camera to an access switch on ports named in each device's scheme, and refuses a second cable. */
class LinkToolWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void aCameraCabledToAStaffSwitchGetsEth0AndANewGiPortInTheCctvVlanAndASecondCableIsRefused() throws Exception {
		PaletteDiagram diagram = new PaletteDiagram(HeadquartersDiagram.open(page, dir));
		GraphicalEditPart cctv = HeadquartersDiagram.part(diagram.editor, "CCTV");
		GraphicalEditPart accSw = HeadquartersDiagram.part(diagram.editor, "acc-sw-02");
		diagram.showAll(cctv, accSw);
		diagram.dropInCorner("Camera", cctv);
		Device camera = diagram.device("cam-03");
		Device sw = diagram.device("acc-sw-02");
		int ports = sw.getInterfaces().size();
		int links = diagram.network().getLinks().size();
		GraphicalEditPart cameraPart = HeadquartersDiagram.part(diagram.editor, "cam-03");

		cable(diagram, cameraPart, accSw);
		assertEquals(links + 1, diagram.network().getLinks().size(), "the link tool cabled them");
		Link link = diagram.network().getLinks().get(links);
		assertEquals("Create link cam-03 - acc-sw-02", diagram.editor.commands().getUndoCommand().getLabel());
		Interface cameraPort = link.getEndA();
		Interface switchPort = link.getEndB();
		assertEquals(camera, cameraPort.getDevice());
		assertEquals("eth0", cameraPort.getName(), "a host's first card");
		assertNull(cameraPort.getAccessVlan(), "an endpoint takes the VLAN of the port it is cabled to");
		assertEquals(sw, switchPort.getDevice());
		assertEquals("Gi1/0/41", switchPort.getName(), "after Gi1/0/40, the switch's highest");
		assertEquals("dev-acc-sw-02.Gi1-0-41", switchPort.getId());
		assertEquals(InterfaceMode.ACCESS, switchPort.getMode());
		assertEquals(40, switchPort.getAccessVlan(), "the VLAN of the camera's zone (CCTV, VLAN 40)");

		cable(diagram, cameraPart, accSw);
		assertEquals(links + 1, diagram.network().getLinks().size(), "a second cable between them is refused");
		assertEquals(ports + 1, sw.getInterfaces().size(), "and takes no port");
		assertTrue(StatusLineText.all().stream().anyMatch(t -> t.startsWith("cam-03 and acc-sw-02 are already cabled")), StatusLineText.all().toString());

		diagram.editor.commands().undo();
		flush();
		assertEquals(links, diagram.network().getLinks().size());
		assertEquals(ports, sw.getInterfaces().size(), "undo takes the new port away");
		assertTrue(camera.getInterfaces().isEmpty());
	}

	private static void cable(PaletteDiagram diagram, GraphicalEditPart from, GraphicalEditPart to) {
		diagram.mouse.pick("Link");
		diagram.mouse.click(DiagramMouse.centre(from));
		diagram.mouse.click(DiagramMouse.centre(to));
	}
}
