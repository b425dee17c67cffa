package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.app.ExampleNetworks;
import io.github.netreview.app.NetReviewPerspective;
import io.github.netreview.app.NewNetworkWizard;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.tree.ModelTreeEditor;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/** The NetReview application in its real workbench: perspective, File menu, the model editor, save and save as. */
class ApplicationWorkbenchTest extends WorkbenchTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");

	@TempDir
	Path dir;

	@Test
	void startsInTheNetReviewPerspectiveWithTheFileMenu() {
		assertEquals(NetReviewPerspective.ID, page.getPerspective().getId());
		Menu menuBar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		MenuItem file = menuBar.getItem(0);
		assertEquals("&File", file.getText());
		List<String> items = Arrays.stream(file.getMenu().getItems()).map(MenuItem::getText)
				.filter(text -> !text.isEmpty()).map(text -> text.replace("&", "").replaceAll("\t.*", "")).toList();
		assertEquals(List.of("New Network...", "Open...", "Open Example", "Import...", "Export...", "Save", "Save As...", "Exit"), items);
		List<String> menus = Arrays.stream(menuBar.getItems()).map(item -> item.getText().replace("&", "")).toList();
		assertTrue(menus.contains("Help"), menus.toString());
	}

	@Test
	void aNewNetworkHasASiteCoreStaffAndCctvZonesAndADiagram() throws Exception {
		Path file = dir.resolve("new.netreview");
		NewNetworkWizard.write(file, "Branch", "Branch office", true);
		Resource resource = ModelFiles.load(file);
		Network network = (Network) resource.getContents().get(0);
		assertEquals(List.of("Core", "Staff LAN", "CCTV"), network.getZones().stream().map(z -> z.getName()).toList());
		assertTrue(network.getZones().get(0).isCore());
		assertTrue(network.getSites().get(0).isSensitive());
		assertEquals(2, resource.getContents().size(), "with a diagram");
		String before = Files.readString(file);
		assertThrows(IOException.class, () -> NewNetworkWizard.write(file, "Other", "Site", false));
		assertEquals(before, Files.readString(file), "an existing file is never overwritten");
	}

	@Test
	void theExamplesOpenFromACopyInTheWorkspace() throws Exception {
		Path copy = ExampleNetworks.copy("regional-office.netreview");
		assertEquals(Files.readString(Path.of("../../examples/regional-office.netreview")), Files.readString(copy));
		ExampleNetworks.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), "regional-office.netreview");
		flush();
		assertTrue(page.getActiveEditor() instanceof DiagramEditor editor && editor.getDiagram().getNetwork().getName().contains("Leeds"));
	}

	@Test
	void opensAModelAsATree() throws Exception {
		ModelTreeEditor editor = open(copyOf(HQ));
		Tree tree = editor.getViewer().getTree();
		TreeItem network = tree.getItem(0);
		assertTrue(network.getText().startsWith("Network Department for Example Affairs - Headquarters"), network.getText());
		assertTrue(network.getExpanded());
		Network model = (Network) editor.getResource().getContents().get(0);
		int expected = model.getSites().size() + model.getZones().size() + model.getSegments().size() + model.getDevices().size()
				+ model.getLinks().size() + model.getWaivers().size() + model.getRequiredFlows().size() + model.getConduits().size();
		assertEquals(expected, network.getItemCount());
		assertTrue(List.of(network.getItems()).stream().anyMatch(i -> i.getText().equals("Site Headquarters  -  sensitive site")));
		assertEquals("Diagram  -  Headquarters", tree.getItem(1).getText());
	}

	@Test
	void editsMakeTheEditorDirtyAndSaveWritesAtomically() throws Exception {
		Path file = copyOf(HQ);
		ModelTreeEditor editor = open(file);
		assertFalse(editor.isDirty());
		Network network = (Network) editor.getResource().getContents().get(0);
		network.setName("HQ after review");
		flush();
		assertTrue(editor.isDirty());
		assertTrue(editor.getViewer().getTree().getItem(0).getText().contains("HQ after review"), "the tree shows the edit");
		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals("HQ after review", ModelFiles.loadNetwork(file).getName());
		assertTrue(Files.exists(ModelFiles.backupOf(file)));
	}

	@Test
	void saveAsWritesTheNewFileAndEditsItFromThenOn() throws Exception {
		Path original = copyOf(HQ);
		byte[] before = Files.readAllBytes(original);
		ModelTreeEditor editor = open(original);
		((Network) editor.getResource().getContents().get(0)).setName("Copy");
		Path copy = dir.resolve("copy.netreview");
		editor.saveAs(copy);
		assertEquals("copy.netreview", editor.getPartName());
		assertEquals(copy.toAbsolutePath(), ((ModelFileInput) editor.getEditorInput()).file());
		assertEquals("Copy", ModelFiles.loadNetwork(copy).getName());
		assertEquals(new String(before), Files.readString(original), "the original is untouched");
	}

	@Test
	void aBrokenFileIsShownAsAnErrorWithItsLineAndLeftAlone() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.netreview"), "<?xml version=\"1.0\"?>\n<oops>");
		ModelTreeEditor editor = open(broken);
		assertEquals(null, editor.getResource());
		assertEquals(2, editor.getLoadError().line());
		assertTrue(editor.getLoadError().getMessage().startsWith(broken + ":2:"), editor.getLoadError().getMessage());
		assertFalse(editor.isSaveAsAllowed());
		editor.doSave(null);
		assertEquals("<?xml version=\"1.0\"?>\n<oops>", Files.readString(broken));
	}

	@Test
	void netreviewFilesOpenInTheDiagramEditorByDefault() {
		assertEquals(DiagramEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("x.netreview").getId());
	}

	private ModelTreeEditor open(Path file) throws PartInitException {
		IEditorPart part = page.openEditor(new ModelFileInput(file), ModelTreeEditor.ID);
		flush();
		assertNotNull(part);
		return assertInstanceOf(ModelTreeEditor.class, part);
	}

	private Path copyOf(Path example) throws IOException {
		return Files.copy(example, dir.resolve(example.getFileName()));
	}
}
