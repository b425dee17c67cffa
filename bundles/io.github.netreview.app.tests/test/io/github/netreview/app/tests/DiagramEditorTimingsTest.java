package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * A 2,000-device campus diagram in the real editor: it opens, is laid out and follows an edit with its overlay. The
 * times are printed (lines starting TIMING) for the record, not asserted: they depend on the machine.
 */
class DiagramEditorTimingsTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void twoThousandDeviceCampus() throws Exception {
		Path file = dir.resolve("campus.netreview");
		Network network = CampusGenerator.generate(2_000, 1);
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		resource.getContents().add(DiagramBuilder.build(network, "diagram-campus", "Campus"));
		ModelFiles.save(resource, file);

		long start = System.nanoTime();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		flush();
		double open = (System.nanoTime() - start) / 1e6;
		assertTrue(DiagramProbe.partOf(editor, editor.getDiagram()) != null);
		await(() -> DiagramProbe.analysisIdle(editor));
		double firstOverlay = (System.nanoTime() - start) / 1e6;

		long drawnDevices = DiagramProbe.viewer(editor).getEditPartRegistry().keySet().stream()
				.filter(model -> model instanceof io.github.netreview.model.notation.Node node && node.getElement() instanceof Device).count();
		assertTrue(drawnDevices < 400, "endpoints are folded into their switches: " + drawnDevices + " device figures");
		io.github.netreview.model.notation.Node group = editor.getDiagram().eAllContents().hasNext() ? firstGroup(editor) : null;
		DiagramProbe.viewer(editor).select(DiagramProbe.partOf(editor, group));
		editor.toggleGroups();
		flush();
		assertTrue(!group.isCollapsed() && DiagramProbe.partOf(editor, group.getChildren().get(0)) != null, "expanding draws the endpoints");
		DiagramProbe.commands(editor).undo();
		flush();
		assertTrue(group.isCollapsed() && DiagramProbe.partOf(editor, group.getChildren().get(0)) == null, "undo folds them again");
		LayoutPlan[] laidOut = { null };
		editor.autoLayout(plan -> laidOut[0] = plan);
		await(() -> laidOut[0] != null);
		assertEquals("dot", laidOut[0].engine());

		Network live = editor.getDiagram().getNetwork();
		Device camera = live.getDevices().stream().filter(d -> d.getRole() == DeviceRole.CAMERA).findFirst().orElseThrow();
		Link cable = live.getLinks().stream().filter(l -> l.getEndA().getDevice() == camera).findFirst().orElseThrow();
		cable.setEnabled(false);
		await(() -> DiagramProbe.analysisIdle(editor));
		System.out.printf("TIMING 2000-device campus: open %.0f ms, first overlay %.0f ms after opening, dot layout %d ms (%d nodes),"
				+ " overlay %.0f ms after an edit%n", open, firstOverlay, laidOut[0].millis(), laidOut[0].bounds().size(),
				DiagramProbe.analysisLatencyMillis(editor));
	}

	private static io.github.netreview.model.notation.Node firstGroup(DiagramEditor editor) {
		for (var all = editor.getDiagram().eAllContents(); all.hasNext();) {
			if (all.next() instanceof io.github.netreview.model.notation.Node node && node.isCollapsed() && !node.getChildren().isEmpty()) {
				return node;
			}
		}
		throw new AssertionError("no folded group");
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(10);
		}
		assertTrue(condition.getAsBoolean(), "timed out");
	}
}
