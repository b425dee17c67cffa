package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;

/** The Edit menu and its keys, pressed on the headquarters diagram as a user presses them. */
class EditKeysWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void theEditMenuFollowsFileWithTheStandardCommandsOnTheDefaultKeys() throws Exception {
		HeadquartersDiagram.open(page, dir);
		List<String> menus = EditMenuItems.menus();
		assertEquals(List.of("File", "Edit", "Diagram"), menus.subList(0, 3), menus.toString());
		assertEquals(List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Rename..."), EditMenuItems.items(), "the Edit menu");
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("org.eclipse.ui.defaultAcceleratorConfiguration", bindings.getActiveScheme().getId());
		Map<String, String> keys = Map.of("CTRL+Z", "undo", "CTRL+Y", "redo", "CTRL+SHIFT+Z", "redo", "CTRL+X", "cut", "CTRL+C", "copy",
				"CTRL+V", "paste", "DEL", "delete", "CTRL+A", "selectAll", "F2", "rename");
		for (Map.Entry<String, String> key : keys.entrySet()) {
			Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(key.getKey()));
			assertNotNull(binding, key.getKey() + " is bound");
			assertEquals("org.eclipse.ui.edit." + key.getValue(), binding.getParameterizedCommand().getId(), key.getKey());
		}
	}

	@Test
	void deleteRemovesTheSelectedCameraCtrlZBringsItBackAndCtrlYOrCtrlShiftZTakesItAgain() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Network network = editor.getDiagram().getNetwork();
		Network original = EcoreUtil.copy(network);
		focusOn(editor, HeadquartersDiagram.part(editor, "cam-lobby-02"));
		assertEquals("Undo", EditMenuItems.item("Undo"), "nothing to undo yet");

		Keyboard.pressKey(SWT.DEL);
		assertFalse(has(network, "cam-lobby-02"), "Delete removed the camera");
		assertEquals("Undo Delete cam-lobby-02", EditMenuItems.item("Undo"), "the Edit menu names the edit Ctrl+Z takes back");
		Keyboard.press('z', SWT.CTRL);
		assertTrue(EcoreUtil.equals(original, network), "Ctrl+Z restored the network exactly");
		assertEquals("Redo Delete cam-lobby-02", EditMenuItems.item("Redo"));
		Keyboard.press('y', SWT.CTRL);
		assertFalse(has(network, "cam-lobby-02"), "Ctrl+Y redid the delete");
		Keyboard.press('z', SWT.CTRL);
		assertTrue(has(network, "cam-lobby-02"));
		Keyboard.press('z', SWT.CTRL, SWT.SHIFT);
		assertFalse(has(network, "cam-lobby-02"), "Ctrl+Shift+Z redid it too");
	}

	@Test
	void ctrlASelectsEveryDeviceAndLinkAndCtrlCCtrlVCtrlXCopyPasteAndCut() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Network network = editor.getDiagram().getNetwork();
		Network original = EcoreUtil.copy(network);
		focusOn(editor, HeadquartersDiagram.part(editor, "nvr-01"));
		Keyboard.press('a', SWT.CTRL);
		long drawn = DiagramProbe.viewer(editor).getEditPartRegistry().keySet().stream()
				.filter(m -> m instanceof Node node && node.getElement() instanceof Device || m instanceof Edge edge && edge.getElement() != null).count();
		assertTrue(drawn > 20, "the example draws its devices and links: " + drawn);
		assertEquals(drawn, DiagramProbe.viewer(editor).getSelectedEditParts().size(), "Ctrl+A selected every device and link");

		DiagramProbe.viewer(editor).select(HeadquartersDiagram.part(editor, "nvr-01"));
		Keyboard.press('c', SWT.CTRL);
		assertEquals(original.getDevices().size(), network.getDevices().size(), "copying changes nothing");
		Keyboard.press('v', SWT.CTRL);
		Device copy = device(network, "nvr-01-copy");
		Device nvr = device(network, "nvr-01");
		assertEquals("dev-nvr-01-copy", copy.getId());
		assertEquals(nvr.getInterfaces().size(), copy.getInterfaces().size());
		assertEquals(nvr.getZone(), copy.getZone());
		assertTrue(copy.getInterfaces().stream().allMatch(p -> p.getMac() == null && p.getId().startsWith("dev-nvr-01-copy.")));
		assertNotNull(HeadquartersDiagram.part(editor, "nvr-01-copy"), "the copy is drawn");
		assertEquals("Undo Paste device", EditMenuItems.item("Undo"));
		Keyboard.press('z', SWT.CTRL);
		assertTrue(EcoreUtil.equals(original, network), "Ctrl+Z took the paste back");

		focusOn(editor, HeadquartersDiagram.part(editor, "cam-lobby-02"));
		Keyboard.press('x', SWT.CTRL);
		assertFalse(has(network, "cam-lobby-02"), "Ctrl+X cut the camera");
		assertEquals("Undo Cut", EditMenuItems.item("Undo"));
		Keyboard.press('v', SWT.CTRL);
		assertTrue(has(network, "cam-lobby-02-copy"), "Ctrl+V pasted what was cut");
		Keyboard.press('z', SWT.CTRL);
		Keyboard.press('z', SWT.CTRL);
		assertTrue(EcoreUtil.equals(original, network), "two Ctrl+Z took paste and cut back");
	}

	@Test
	void f2RenamesTheSelectedDeviceInPlaceAndCtrlZRestoresItsName() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Device nvr = device(editor.getDiagram().getNetwork(), "nvr-01");
		focusOn(editor, HeadquartersDiagram.part(editor, "nvr-01"));
		Keyboard.pressKey(SWT.F2);
		Text field = assertInstanceOf(Text.class, Display.getCurrent().getFocusControl(), "F2 opened the name field");
		assertEquals("nvr-01", field.getText());
		Keyboard.type("nvr-main");
		Keyboard.pressKey(SWT.CR);
		assertEquals("nvr-main", nvr.getName());
		assertTrue(EditMenuItems.item("Undo").startsWith("Undo Set name"), EditMenuItems.item("Undo"));
		Keyboard.press('z', SWT.CTRL);
		assertEquals("nvr-01", nvr.getName());
	}

	/** Activates the editor, puts the keyboard focus in its diagram and selects {@code part}. */
	private void focusOn(DiagramEditor editor, EditPart part) {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
		page.activate(editor);
		DiagramProbe.viewer(editor).getControl().setFocus();
		DiagramProbe.viewer(editor).select(part);
		flush();
	}

	private static boolean has(Network network, String name) {
		return network.getDevices().stream().anyMatch(d -> name.equals(d.getName()));
	}

	private static Device device(Network network, String name) {
		return network.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no device " + name));
	}
}
