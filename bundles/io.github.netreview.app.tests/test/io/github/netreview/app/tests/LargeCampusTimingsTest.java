package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.Label;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.views.findings.FindingsView;
import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;

/**
 * A generated 20,000-device campus, laid out by dot, in the real editor of a 1600x1000 window: open to first overlay, a finding's click
 * to its framed path, a zoom step. The times are printed (lines starting TIMING), not asserted: they depend on the
 * machine; what is asserted is that the path is framed and the folded groups say what they hold.
 */
class LargeCampusTimingsTest extends WorkbenchTest {

	private static final int DEVICES = 20_000;

	@TempDir
	Path dir;

	@Test
	void twentyThousandDeviceCampus() throws Exception {
		Path file = dir.resolve("campus.netreview");
		Network network = CampusGenerator.generate(DEVICES, 1);
		Resource resource = ModelFiles.newResource(file);
		resource.getContents().add(network);
		Diagram diagram = DiagramBuilder.build(network, "diagram-campus", "Campus");
		LayoutPlan layout = DiagramLayout.layout(diagram); // as a reviewer has it after Auto Layout: tiers and routed links
		assertEquals("dot", layout.engine());
		layout.apply();
		resource.getContents().add(diagram);
		ModelFiles.save(resource, file);
		Screenshots.sizeWindow();
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);

		long start = System.nanoTime();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new ModelFileInput(file), DiagramEditor.ID);
		long deadline = System.currentTimeMillis() + 300_000;
		while (!DiagramProbe.analysisIdle(editor) && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(5);
		}
		assertTrue(DiagramProbe.analysisIdle(editor), "the first overlay is drawn");
		paint(editor);
		double firstOverlay = (System.nanoTime() - start) / 1e6;
		assertFalse(ViewLists.<Finding>items(view).isEmpty());

		List<Finding> critical = ViewLists.<Finding>items(view).stream().filter(f -> f.severity() == Severity.CRITICAL && !f.path().isEmpty()).toList();
		assertTrue(critical.size() >= 4, critical.size() + " critical findings");
		page.activate(view); // as a click in it does: the Properties view follows the findings, not the diagram
		flush();
		double[] clicks = new double[3];
		for (int i = 0; i < clicks.length; i++) {
			long click = System.nanoTime();
			ViewLists.select(view, List.of(critical.get(i + 1))); // not the one the editor opened on
			paint(editor);
			clicks[i] = (System.nanoTime() - click) / 1e6;
			assertTrue(editor.pathFocus().ids().contains(ElementIds.idOf(critical.get(i + 1).subject())), "the finding is in focus");
		}

		Path focused = Screenshots.ofWorkbench("campus-20k-finding");
		assertTrue(Files.size(focused) > 10_000, "a real picture was written to " + focused);

		ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
		double[] steps = new double[4];
		for (int i = 0; i < steps.length; i++) {
			long step = System.nanoTime();
			if (i % 2 == 0) {
				zoom.zoomOut();
			} else {
				zoom.zoomIn();
			}
			paint(editor);
			steps[i] = (System.nanoTime() - step) / 1e6;
		}
		Arrays.sort(steps);

		Node group = firstGroup(editor);
		Device groupSwitch = (Device) group.getElement();
		String text = String.join(" ", DiagramLabelsWorkbenchTest.labelsOf(((GraphicalEditPart) DiagramProbe.partOf(editor, group)).getFigure()).stream()
				.map(Label::getText).toList());
		assertTrue(text.startsWith(groupSwitch.getName() + " · " + group.getChildren().size() + " endpoints"), text);
		assertEquals(network.getDevices().size(), DEVICES);
		editor.reveal(List.of());
		editor.zoomToFit();
		paint(editor);
		Path whole = Screenshots.ofWorkbench("campus-20k");
		assertTrue(Files.size(whole) > 10_000, "a real picture was written to " + whole);
		System.out.printf("TIMING %d-device campus (%d drawn parts): open to first overlay %.0f ms, finding click to framed path %.0f ms"
				+ " (first click; then %.0f and %.0f ms), zoom step %.0f ms (median of %d, slowest %.0f ms)%n", DEVICES,
				DiagramProbe.viewer(editor).getEditPartRegistry().size(), firstOverlay, clicks[0], clicks[1], clicks[2], (steps[1] + steps[2]) / 2,
				steps.length, steps[steps.length - 1]);
	}

	/** Lays out and paints what is pending now, as the next turn of the event loop would. */
	private static void paint(DiagramEditor editor) {
		((ZoomManager) editor.getAdapter(ZoomManager.class)).getViewport().getUpdateManager().performUpdate();
		DiagramProbe.viewer(editor).getControl().update();
	}

	private static Node firstGroup(DiagramEditor editor) {
		for (Object model : DiagramProbe.viewer(editor).getEditPartRegistry().keySet()) {
			if (model instanceof Node node && node.isCollapsed() && !node.getChildren().isEmpty()) {
				return node;
			}
		}
		throw new AssertionError("no folded group");
	}
}
