package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/** Devices created from the palette: named by role, placed in the zone under the cursor and inside it, refused outside any zone or in one too small. */
class PaletteWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void aCameraDroppedNearAZonesCornerIsTheNextCamNnOfThatZoneAndSiteAndLiesInsideIt() throws Exception {
		PaletteDiagram diagram = new PaletteDiagram(HeadquartersDiagram.open(page, dir));
		GraphicalEditPart cctv = HeadquartersDiagram.part(diagram.editor, "CCTV");
		diagram.showAll(cctv);
		Rectangle zoneBefore = cctv.getFigure().getBounds().getCopy();
		diagram.dropInCorner("Camera", cctv);

		Device camera = diagram.device("cam-03");
		assertEquals("dev-cam-03", camera.getId());
		Zone zone = (Zone) ((Node) cctv.getModel()).getElement();
		assertSame(zone, camera.getZone(), "the camera takes the zone it was dropped in");
		assertEquals("Headquarters", camera.getSite().getName());
		GraphicalEditPart part = HeadquartersDiagram.part(diagram.editor, "cam-03");
		assertSame(cctv.getModel(), ((Node) part.getModel()).eContainer(), "its node is nested in the zone's");
		assertEquals(zoneBefore, cctv.getFigure().getBounds(), "the zone kept its size");
		assertTrue(zoneBefore.contains(part.getFigure().getBounds()), "dropped by the corner, it still lies inside: " + part.getFigure().getBounds() + " in " + zoneBefore);
		assertEquals("Create device cam-03", DiagramProbe.commands(diagram.editor).getUndoCommand().getLabel());

		diagram.dropInCorner("Camera", cctv);
		assertEquals("cam-04", diagram.device("cam-04").getName(), "the next camera continues the numbers");
		DiagramProbe.commands(diagram.editor).undo();
		flush();
		assertFalse(diagram.network().getDevices().stream().anyMatch(d -> "cam-04".equals(d.getName())), "undo takes it away");
	}

	@Test
	void aWorkstationInTheStaffLanContinuesWsNn() throws Exception {
		PaletteDiagram diagram = new PaletteDiagram(HeadquartersDiagram.open(page, dir));
		GraphicalEditPart staff = HeadquartersDiagram.part(diagram.editor, "Staff LAN");
		diagram.showAll(staff);
		diagram.dropInCorner("Workstation", staff);
		assertEquals("Staff LAN", diagram.device("ws-12").getZone().getName(), "ws-01..ws-11 exist, so ws-12");
	}

	@Test
	void aDeviceDroppedOutsideEveryZoneIsRefusedOnTheStatusLine() throws Exception {
		PaletteDiagram diagram = new PaletteDiagram(HeadquartersDiagram.open(page, dir));
		GraphicalEditPart cctv = HeadquartersDiagram.part(diagram.editor, "CCTV");
		diagram.showAll(cctv);
		int devices = diagram.network().getDevices().size();
		EditPart contents = HeadquartersDiagram.contents(diagram.editor);
		org.eclipse.swt.graphics.Rectangle control = DiagramProbe.viewer(diagram.editor).getControl().getBounds();
		var outside = diagram.mouse.lastPointOn(new Rectangle(0, 0, control.width, control.height),
				part -> part == contents || part != null && part.getModel() instanceof Node node && node.getElement() instanceof Site);
		diagram.mouse.pick("Camera");
		diagram.mouse.click(outside);
		assertEquals(devices, diagram.network().getDevices().size(), "no device was created outside a zone");
		assertTrue(StatusLineText.all().contains("A new camera goes in a zone: drop it inside one"), StatusLineText.all().toString());
	}

	@Test
	void aZoneTooSmallForADeviceRefusesItOnTheStatusLine() throws Exception {
		Path file = dir.resolve("hq.netreview");
		String small = Files.readString(HeadquartersDiagram.HQ).replace("element=\"zone-perimeter\" x=\"16\" y=\"44\" width=\"182\" height=\"120\"",
				"element=\"zone-perimeter\" x=\"16\" y=\"44\" width=\"182\" height=\"70\"");
		assertNotEquals(Files.readString(HeadquartersDiagram.HQ), small, "the copy's perimeter zone is 70 high");
		Files.writeString(file, small);
		Screenshots.sizeWindow();
		DiagramEditor editor = assertInstanceOf(DiagramEditor.class, page.openEditor(new ModelFileInput(file), DiagramEditor.ID));
		HeadquartersDiagram.awaitAnalysis(editor);
		PaletteDiagram diagram = new PaletteDiagram(editor);
		GraphicalEditPart perimeter = HeadquartersDiagram.part(editor, "Perimeter");
		diagram.showAll(perimeter);
		int devices = diagram.network().getDevices().size();
		diagram.dropInCorner("Camera", perimeter);
		assertEquals(devices, diagram.network().getDevices().size(), "nothing was created");
		assertTrue(StatusLineText.all().contains("Perimeter is too small for a new device: make it larger first"), StatusLineText.all().toString());
	}
}
