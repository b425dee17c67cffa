package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.figures.GhostFigure;
import io.github.netreview.editor.diagram.overlay.PreviewMarks.Kind;
import io.github.netreview.editor.views.changes.ChangeRow;
import io.github.netreview.editor.views.changes.ChangeRow.Section;
import io.github.netreview.editor.views.changes.ChangesView;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * Diagram &gt; Compare With in the real workbench: the differences from another version of the headquarters (a file,
 * or the editor's file at a git revision) drawn on the diagram and listed in the Changes view, each row framing what
 * it is about, worked out again after an edit, cleared by Stop Comparing.
 */
class CompareWorkbenchTest extends WorkbenchTest {

	private static final List<String> CORE_PATH = List.of("cam-lobby-02", "acc-sw-02", "core-sw-01");

	@TempDir
	Path dir;

	@Test
	void comparingWithAFileMarksTheDiagramListsEachChangeAndFramesTheSelectedOne() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Path other = SecondVersion.write(HeadquartersDiagram.HQ, dir.resolve("hq-v2.netreview"));
		Network network = editor.getDiagram().getNetwork();
		assertEquals(List.of("File...", "Revision...", "Stop Comparing (disabled)"), EditMenuItems.items("Diagram", "Compare With"));

		CompareRun.withFile(editor, other);
		CompareRun.await(editor);

		assertEquals(Kind.CHANGED, DiagramProbe.compareMarkOf(editor, device(network, "acc-sw-02")), "its port went back from VLAN 40 to 30");
		assertEquals(Kind.CHANGED, DiagramProbe.compareMarkOf(editor, device(network, "cam-lobby-02")), "so the camera is in another segment");
		assertEquals(Kind.CHANGED, DiagramProbe.compareMarkOf(editor, device(network, "cctv-sw-01")), "it lost the new camera's port");
		assertNull(DiagramProbe.compareMarkOf(editor, device(network, "ws-01")));
		assertNull(DiagramProbe.compareMarkOf(editor, link(network, "link-dev-cam-lobby-02")), "the camera's cable is the same");
		for (String name : CORE_PATH) {
			assertTrue(DiagramProbe.isOnNewPath(editor, device(network, name)), name + " is on the camera's new path to the core");
		}
		assertTrue(DiagramProbe.isOnNewPath(editor, link(network, "link-dev-cam-lobby-02")));
		assertFalse(DiagramProbe.isOnNewPath(editor, device(network, "nvr-01")));
		List<GhostFigure> ghosts = DiagramProbe.removedGhosts(editor);
		assertEquals(List.of(SecondVersion.CAMERA), ghosts.stream().map(GhostFigure::text).toList(), "the camera only the other version has");
		Rectangle ghost = absolute(ghosts.get(0));
		assertTrue(absolute(HeadquartersDiagram.part(editor, "CCTV").getFigure()).contains(ghost), "drawn where the other version has it: " + ghost);
		assertEquals(HeadquartersDiagram.part(editor, "cam-loading-bay-01").getFigure().getBounds().y, ghosts.get(0).getBounds().y,
				"on the bottom row of the CCTV zone, beside cam-loading-bay-01, as in the other version's diagram");
		assertEquals(1, DiagramProbe.removedLinkCount(editor), "and its cable to cctv-sw-01");
		assertEquals(List.of("File...", "Revision...", "Stop Comparing"), EditMenuItems.items("Diagram", "Compare With"));

		ChangesView view = (ChangesView) page.findView(ChangesView.ID);
		assertNotNull(view, "comparing brings the Changes view up");
		assertEquals(editor, page.getActivePart(), "and leaves the diagram active");
		List<ChangeRow> rows = ViewLists.items(view);
		ChangeRow camera = row(rows, Section.ELEMENTS, "REMOVED", "Device", "'cam-lobby-03'");
		assertTrue(camera.details().contains("role CAMERA") && camera.details().contains("manufacturer Axis Communications AB"), camera.details());
		assertEquals("accessVlan 40 -> 30", row(rows, Section.ELEMENTS, "MOVED", "Interface", "'acc-sw-02 Gi1/0/30'").details());
		row(rows, Section.ELEMENTS, "REMOVED", "Link", SecondVersion.LINK);
		ChangeRow path = row(rows, Section.FINDINGS, "NEW", "RESTRICTED_PATH_TO_CORE", "'cam-lobby-02'");
		assertTrue(path.details().contains("can reach core zone 'Core'"), path.details());
		assertEquals("Since hq-v2.netreview: 6 element changes; 2 new findings, 0 fixed, 0 changed.", view.getContentDescription(),
				"the path to the core and the camera in the staff VLAN");

		editor.zoomToFit();
		flush();
		assertTrue(Files.size(Screenshots.ofWorkbench("hq-compare")) > 10_000);

		assertEquals(List.of("Elements (6)", "Findings (2 of 29)"), groupLabels(view), "unchanged findings are left out at first");
		check(view, "Unchanged (27)");
		assertEquals(List.of("Elements (6)", "Findings (29)"), groupLabels(view));

		ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
		zoom.setZoom(2);
		zoom.getViewport().setViewLocation(0, 0);
		flush();
		assertFalse(inEditor(editor, ghosts.get(0)), "scrolled away from the ghost first");
		ViewLists.select(view, List.of(camera));
		flush();
		assertTrue(inEditor(editor, DiagramProbe.removedGhosts(editor).get(0)), "selecting the removed camera frames its ghost");
		ViewLists.select(view, List.of(path));
		flush();
		for (String name : CORE_PATH) {
			assertTrue(inEditor(editor, HeadquartersDiagram.part(editor, name).getFigure()), "selecting the new finding frames " + name);
		}
		assertTrue(editor.pathFocus().isDimmed(HeadquartersDiagram.part(editor, "nvr-01")), "and fades what is off its path");

		CompareRun.stop(editor);
		assertNull(DiagramProbe.compareMarkOf(editor, device(network, "acc-sw-02")), "Stop Comparing clears the marks");
		assertFalse(DiagramProbe.isOnNewPath(editor, device(network, "cam-lobby-02")));
		assertEquals(List.of(), DiagramProbe.removedGhosts(editor));
		assertEquals(0, DiagramProbe.removedLinkCount(editor));
		assertEquals(List.of(), ViewLists.items(view));
		assertTrue(view.getContentDescription().startsWith("Not comparing."), view.getContentDescription());
	}

	@Test
	void anEditWhileComparingIsComparedAgain() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		CompareRun.withFile(editor, SecondVersion.write(HeadquartersDiagram.HQ, dir.resolve("hq-v2.netreview")));
		CompareRun.await(editor);
		Network network = editor.getDiagram().getNetwork();
		ChangesView view = (ChangesView) page.findView(ChangesView.ID);
		row(ViewLists.items(view), Section.ELEMENTS, "MOVED", "Interface", "'acc-sw-02 Gi1/0/30'");

		IPropertySource port = interfaceProperties(editor, "acc-sw-02", "Gi1/0/30");
		port.setPropertyValue(propertyId(port, "accessVlan"), "40");
		assertTrue(view.getContentDescription().contains("(updating after the edit)"), view.getContentDescription());
		CompareRun.await(editor);

		assertNull(DiagramProbe.compareMarkOf(editor, device(network, "acc-sw-02")), "the port is in VLAN 40 in both versions now");
		assertFalse(DiagramProbe.isOnNewPath(editor, device(network, "cam-lobby-02")), "and neither has the camera's path to the core");
		List<ChangeRow> rows = ViewLists.items(view);
		assertTrue(rows.stream().noneMatch(r -> r.type().equals("Interface") && r.subject().contains("acc-sw-02 Gi1/0/30")), rows.toString());
		assertTrue(rows.stream().noneMatch(r -> r.change().equals("NEW")), rows.toString());
		row(rows, Section.ELEMENTS, "REMOVED", "Device", "'cam-lobby-03'");
		assertTrue(view.getContentDescription().startsWith("Since hq-v2.netreview: "), view.getContentDescription());
		assertEquals(1, DiagramProbe.removedGhosts(editor).size());
	}

	@Test
	void aRemovedDeviceTheOtherDiagramDoesNotDrawIsDrawnBelowTheDeviceItWasCabledTo() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		CompareRun.withFile(editor, SecondVersion.write(HeadquartersDiagram.HQ, dir.resolve("hq-v2.netreview"), false));
		CompareRun.await(editor);
		List<GhostFigure> ghosts = DiagramProbe.removedGhosts(editor);
		assertEquals(List.of(SecondVersion.CAMERA), ghosts.stream().map(GhostFigure::text).toList());
		Rectangle ghost = ghosts.get(0).getBounds();
		Rectangle cctvSwitch = HeadquartersDiagram.part(editor, "cctv-sw-01").getFigure().getBounds();
		assertTrue(Math.abs(ghost.x - cctvSwitch.x - 12) <= 1 && Math.abs(ghost.y - cctvSwitch.bottom() - 12) <= 1,
				"just below cctv-sw-01 " + cctvSwitch + ": " + ghost);
		assertEquals(1, DiagramProbe.removedLinkCount(editor), "with the cable between them");
	}

	@Test
	void comparingWithAGitRevisionReadsTheFileAsItWasThere() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("repo"));
		Path file = Files.copy(HeadquartersDiagram.HQ, repository.resolve("hq.netreview"));
		git(repository, "init", "-q");
		git(repository, "add", "hq.netreview");
		git(repository, "commit", "-q", "-m", "the headquarters as surveyed");
		SecondVersion.write(file, file);
		git(repository, "commit", "-q", "-am", "lobby camera moved to the CCTV VLAN; cam-lobby-03 added");
		Screenshots.sizeWindow();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		HeadquartersDiagram.awaitAnalysis(editor);
		Network network = editor.getDiagram().getNetwork();

		CompareRun.withRevision(editor, "HEAD~1");
		CompareRun.await(editor);

		assertEquals(Kind.ADDED, DiagramProbe.compareMarkOf(editor, device(network, SecondVersion.CAMERA)), "the new camera is green");
		assertEquals(Kind.ADDED, DiagramProbe.compareMarkOf(editor, link(network, SecondVersion.LINK)), "so is its cable");
		assertEquals(Kind.CHANGED, DiagramProbe.compareMarkOf(editor, device(network, "acc-sw-02")));
		assertEquals(List.of(), DiagramProbe.removedGhosts(editor), "nothing was removed");
		ChangesView view = (ChangesView) page.findView(ChangesView.ID);
		List<ChangeRow> rows = ViewLists.items(view);
		row(rows, Section.FINDINGS, "FIXED", "RESTRICTED_PATH_TO_CORE", "'cam-lobby-02'");
		assertEquals("accessVlan 30 -> 40", row(rows, Section.ELEMENTS, "MOVED", "Interface", "'acc-sw-02 Gi1/0/30'").details());
		assertTrue(view.getContentDescription().startsWith("Since hq.netreview@HEAD~1: "), view.getContentDescription());

		CompareRun.withRevision(editor, "HEAD");
		CompareRun.await(editor);
		assertEquals("Since hq.netreview@HEAD: no change.", view.getContentDescription());
		assertNull(DiagramProbe.compareMarkOf(editor, device(network, SecondVersion.CAMERA)));

		List<String> error = MessageAnswer.closeNext("Compare With");
		CompareRun.withRevision(editor, "no-such-branch");
		CompareRun.await(editor);
		flush();
		String message = String.join("\n", error);
		assertTrue(message.contains("hq.netreview: unknown revision 'no-such-branch' in the git repository"),
				"the error names the file and revision: " + message);
		assertTrue(view.getContentDescription().startsWith("Could not compare with hq.netreview@no-such-branch: "), view.getContentDescription());
	}

	/** The one row of {@code section} with this change and type whose subject contains {@code subject}. */
	private static ChangeRow row(List<ChangeRow> rows, Section section, String change, String type, String subject) {
		List<ChangeRow> found = rows.stream().filter(r -> r.section() == section && r.change().equals(change) && r.type().equals(type)
				&& r.subject().contains(subject)).toList();
		assertEquals(1, found.size(), section + " " + change + " " + type + " " + subject + " in " + rows);
		return found.get(0);
	}

	/** The labels of the groups the view's tree shows. */
	private static List<String> groupLabels(ChangesView view) {
		Tree tree = ((TreeViewer) view.getSite().getSelectionProvider()).getTree();
		return Arrays.stream(tree.getItems()).map(item -> item.getText(0)).toList();
	}

	/** Ticks the view's check box labelled {@code label}, as a click would. */
	private static void check(ChangesView view, String label) {
		Composite body = ((TreeViewer) view.getSite().getSelectionProvider()).getTree().getParent();
		Button box = buttons(body).stream().filter(b -> b.getText().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no check box " + label + " in " + buttons(body).stream().map(Button::getText).toList()));
		box.setSelection(true);
		box.notifyListeners(SWT.Selection, new Event());
		flush();
	}

	private static List<Button> buttons(Composite parent) {
		List<Button> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				found.add(button);
			} else if (child instanceof Composite composite) {
				found.addAll(buttons(composite));
			}
		}
		return found;
	}

	/** The Properties view's entry for interface {@code port} of the device named {@code device}. */
	private static IPropertySource interfaceProperties(DiagramEditor editor, String device, String port) {
		IPropertySource properties = (IPropertySource) ((IAdaptable) HeadquartersDiagram.part(editor, device)).getAdapter(IPropertySource.class);
		IPropertySource cards = (IPropertySource) properties.getPropertyValue(propertyId(properties, "interfaces"));
		return (IPropertySource) cards.getPropertyValue(propertyId(cards, port));
	}

	private static Object propertyId(IPropertySource source, String name) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(name)).findFirst()
				.map(IPropertyDescriptor::getId).orElseThrow(() -> new AssertionError("no property " + name));
	}

	/** Whether {@code figure} lies wholly inside the editor's canvas as it is scrolled and zoomed now. */
	private static boolean inEditor(DiagramEditor editor, IFigure figure) {
		org.eclipse.swt.graphics.Rectangle area = DiagramProbe.viewer(editor).getControl().getBounds();
		return new Rectangle(0, 0, area.width, area.height).contains(absolute(figure));
	}

	private static Rectangle absolute(IFigure figure) {
		Rectangle bounds = figure.getBounds().getCopy();
		figure.translateToAbsolute(bounds);
		return bounds;
	}

	private static Device device(Network network, String name) {
		return network.getDevices().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Link link(Network network, String id) {
		return network.getLinks().stream().filter(l -> l.getId().equals(id)).findFirst().orElseThrow();
	}

	private static void git(Path repository, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "-c", "user.name=NetReview test",
				"-c", "user.email=test@netreview.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
		command.addAll(List.of(arguments));
		Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(git.getInputStream().readAllBytes());
		assertEquals(0, git.waitFor(), "git " + String.join(" ", arguments) + ": " + output);
	}
}
