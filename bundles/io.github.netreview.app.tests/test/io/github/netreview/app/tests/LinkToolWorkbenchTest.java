package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;

/** The link tool cables a new camera to an access switch on a free jack or a port named in the device's scheme, and refuses a second cable. */
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
		assertEquals("Create link cam-03 - acc-sw-02", DiagramProbe.commands(diagram.editor).getUndoCommand().getLabel());
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

		DiagramProbe.commands(diagram.editor).undo();
		flush();
		assertEquals(links, diagram.network().getLinks().size());
		assertEquals(ports, sw.getInterfaces().size(), "undo takes the new port away");
		assertTrue(camera.getInterfaces().isEmpty());
	}

	@Test
	void aFreeJackIsUsedBeforeANewPortAndKeepsItsVlan() throws Exception {
		Path file = dir.resolve("hq.netreview");
		Files.writeString(file, Files.readString(HeadquartersDiagram.HQ).replaceAll("\\s*<(links|edges) id=\"[^\"]*link-dev-ws-07\"[^>]*/>", ""));
		Screenshots.sizeWindow();
		DiagramEditor editor = assertInstanceOf(DiagramEditor.class, page.openEditor(new ModelFileInput(file), DiagramEditor.ID));
		HeadquartersDiagram.awaitAnalysis(editor);
		PaletteDiagram diagram = new PaletteDiagram(editor);
		GraphicalEditPart cctv = HeadquartersDiagram.part(editor, "CCTV");
		GraphicalEditPart accSw = HeadquartersDiagram.part(editor, "acc-sw-02");
		diagram.showAll(cctv, accSw);
		diagram.dropInCorner("Camera", cctv);
		int ports = diagram.device("acc-sw-02").getInterfaces().size();

		cable(diagram, HeadquartersDiagram.part(editor, "cam-03"), accSw);
		Link link = diagram.network().getLinks().get(diagram.network().getLinks().size() - 1);
		assertEquals("Gi1/0/7", link.getEndB().getName(), "the port ws-07 was unplugged from");
		assertEquals(30, link.getEndB().getAccessVlan(), "a jack in use keeps its configuration");
		assertEquals(ports, diagram.device("acc-sw-02").getInterfaces().size(), "no port was added");
	}

	@Test
	void aNewSwitchCabledToAnAccessSwitchMakesTrunksCarryingItsOtherTrunksVlans() throws Exception {
		PaletteDiagram diagram = new PaletteDiagram(HeadquartersDiagram.open(page, dir));
		GraphicalEditPart staff = HeadquartersDiagram.part(diagram.editor, "Staff LAN");
		GraphicalEditPart accSw = HeadquartersDiagram.part(diagram.editor, "acc-sw-02");
		diagram.showAll(staff, accSw);
		diagram.dropInCorner("Switch", staff);
		cable(diagram, HeadquartersDiagram.part(diagram.editor, "sw-01"), accSw);
		Link link = diagram.network().getLinks().get(diagram.network().getLinks().size() - 1);
		assertEquals("sw-01", link.getEndA().getDevice().getName());
		assertEquals("port1", link.getEndA().getName(), "a switch without ports starts at port1");
		assertEquals(InterfaceMode.TRUNK, link.getEndA().getMode());
		assertEquals("Gi1/0/41", link.getEndB().getName());
		assertEquals(InterfaceMode.TRUNK, link.getEndB().getMode());
		assertEquals("30,99", link.getEndB().getAllowedVlans(), "what acc-sw-02's uplink Te1/1/1 carries");
	}

	@Test
	void aCameraWithoutAZoneCabledToASwitchAsksForTheVlanAndCancelLeavesNone() throws Exception {
		PaletteDiagram diagram = new PaletteDiagram(HeadquartersDiagram.open(page, dir));
		GraphicalEditPart cctv = HeadquartersDiagram.part(diagram.editor, "CCTV");
		GraphicalEditPart accSw = HeadquartersDiagram.part(diagram.editor, "acc-sw-02");
		diagram.showAll(cctv, accSw);
		diagram.dropInCorner("Camera", cctv);
		diagram.device("cam-03").setZone(null);
		GraphicalEditPart cameraPart = HeadquartersDiagram.part(diagram.editor, "cam-03");

		List<String> offered = DialogAnswer.choose("VLAN of the new port", "VLAN 40 ", "OK");
		cable(diagram, cameraPart, accSw);
		Link link = diagram.network().getLinks().get(diagram.network().getLinks().size() - 1);
		assertEquals("acc-sw-02", link.getEndB().getDevice().getName());
		assertEquals(40, link.getEndB().getAccessVlan(), "the VLAN picked in the dialog");
		assertTrue(offered.size() > 2 && offered.get(offered.size() - 1).startsWith("No VLAN"), offered.toString());
		assertTrue(offered.stream().anyMatch(entry -> entry.startsWith("VLAN 30 - ")), "the site's VLANs are offered: " + offered);

		DiagramProbe.commands(diagram.editor).undo();
		flush();
		DialogAnswer.choose("VLAN of the new port", "VLAN 40 ", "Cancel");
		cable(diagram, cameraPart, accSw);
		Link again = diagram.network().getLinks().get(diagram.network().getLinks().size() - 1);
		assertEquals("acc-sw-02", again.getEndB().getDevice().getName(), "Cancel still cables them");
		assertNull(again.getEndB().getAccessVlan(), "with the port's VLAN left to set in Properties");
	}

	private static void cable(PaletteDiagram diagram, GraphicalEditPart from, GraphicalEditPart to) {
		diagram.mouse.pick("Link");
		diagram.mouse.click(DiagramMouse.centre(from));
		diagram.mouse.click(DiagramMouse.centre(to));
	}
}
