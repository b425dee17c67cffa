package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.overlay.PathFocus;
import io.github.netreview.editor.views.findings.FindingsView;

/**
 * Focus on a finding in the headquarters: the editor opens on the critical path, selecting a finding frames its whole
 * path and fades the rest, Show Path Only hides all but the path and its neighbours.
 */
class DiagramFocusWorkbenchTest extends WorkbenchTest {

	private static final List<String> PATH = List.of("cam-lobby-02", "acc-sw-02", "core-sw-01");

	@TempDir
	Path dir;

	@Test
	void theEditorOpensFramingTheCriticalPathWithTheRestrictedCamera() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		page.activate(editor);
		assertFullyVisible(editor, PATH);
		assertTrue(Files.size(Screenshots.ofWorkbench("hq-open")) > 10_000);
		assertFullyVisible(editor, PATH);
	}

	@Test
	void selectingAFindingFramesItsWholePathAndFadesTheRest() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		editor.zoomToFit();
		flush();
		Finding critical = ViewLists.<Finding>items(view).get(0);
		assertEquals(Rule.RESTRICTED_PATH_TO_CORE, critical.rule());
		assertEquals(Severity.CRITICAL, critical.severity());
		ViewLists.select(view, List.of(critical));
		page.activate(editor);
		flush();
		assertFullyVisible(editor, PATH);
		Rectangle path = absoluteUnion(editor, PATH);
		org.eclipse.swt.graphics.Rectangle canvas = DiagramProbe.viewer(editor).getControl().getBounds();
		assertTrue(path.width > canvas.width / 2 || path.height > canvas.height / 2,
				"framed at the largest zoom that fits: " + path + " in " + canvas);
		PathFocus focus = editor.pathFocus();
		for (String name : PATH) {
			assertFalse(focus.isDimmed(HeadquartersDiagram.part(editor, name)), name + " is on the path");
		}
		assertFalse(focus.isDimmed(HeadquartersDiagram.link(editor, "link-dev-cam-lobby-02")), "so is the camera's link");
		assertDrawnFromEndToEnd(editor, "link-dev-cam-lobby-02", "cam-lobby-02", "acc-sw-02");
		for (String name : List.of("nvr-01", "cam-entrance-01", "ws-01", "bms-01")) {
			assertTrue(focus.isDimmed(HeadquartersDiagram.part(editor, name)), name + " is faded");
		}
		assertTrue(focus.isDimmed(HeadquartersDiagram.link(editor, "link-fw-rtr")), "links off the path are faded");
		assertTrue(Files.size(Screenshots.ofWorkbench("hq-finding-focused")) > 10_000);

		DiagramProbe.viewer(editor).select(HeadquartersDiagram.contents(editor));
		flush();
		assertFalse(focus.isDimmed(HeadquartersDiagram.part(editor, "nvr-01")), "clicking the background ends the focus");
		DiagramProbe.viewer(editor).select(HeadquartersDiagram.link(editor, "link-dev-cam-lobby-02"));
		flush();
		assertTrue(focus.isDimmed(HeadquartersDiagram.part(editor, "nvr-01")), "selecting a link of the path on the diagram focuses on it");
		assertFullyVisible(editor, PATH);
	}

	@Test
	void showPathOnlyHidesAllButThePathAndItsNeighbours() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		flush();
		ViewLists.select(view, List.of(ViewLists.<Finding>items(view).get(0)));
		editor.showPathOnly(true);
		flush();
		assertTrue(editor.pathFocus().pathOnly());
		for (String name : PATH) {
			assertTrue(shown(HeadquartersDiagram.part(editor, name)), name + " is on the path");
		}
		for (String name : List.of("ws-07", "srv-dc-01", "diode-01", "Building management", "Servers")) {
			assertTrue(shown(HeadquartersDiagram.part(editor, name)), name + " is cabled to the path, or holds what is, so it is shown");
		}
		for (String name : List.of("nvr-01", "cam-entrance-01", "cctv-sw-01", "ws-03", "bms-01", "ot-sw-01", "rtr-edge-01", "Perimeter")) {
			assertFalse(shown(HeadquartersDiagram.part(editor, name)), name + " is hidden");
		}
		assertFalse(shown(HeadquartersDiagram.link(editor, "link-fw-rtr")), "so are links away from the path");
		assertTrue(shown(HeadquartersDiagram.link(editor, "link-dev-cam-lobby-02")));
		assertFullyVisible(editor, PATH);

		editor.showPathOnly(false);
		flush();
		for (String name : List.of("nvr-01", "bms-01", "Perimeter")) {
			assertTrue(shown(HeadquartersDiagram.part(editor, name)), name + " is back");
		}
	}

	/** Whether the part's figure and every figure holding it are visible. */
	private static boolean shown(GraphicalEditPart part) {
		for (IFigure figure = part.getFigure(); figure != null; figure = figure.getParent()) {
			if (!figure.isVisible()) {
				return false;
			}
		}
		return true;
	}

	private static void assertFullyVisible(DiagramEditor editor, List<String> names) {
		org.eclipse.swt.graphics.Rectangle area = DiagramProbe.viewer(editor).getControl().getBounds();
		Rectangle canvas = new Rectangle(0, 0, area.width, area.height);
		for (String name : names) {
			Rectangle bounds = absolute(HeadquartersDiagram.part(editor, name).getFigure());
			assertTrue(canvas.contains(bounds), name + " at " + bounds + " is not wholly inside the editor's " + canvas);
		}
	}

	/** The link's line starts on one end's box and stops on the other's, not somewhere short of it. */
	private static void assertDrawnFromEndToEnd(DiagramEditor editor, String link, String source, String target) {
		Connection line = (Connection) HeadquartersDiagram.link(editor, link).getFigure();
		Point first = line.getPoints().getFirstPoint().getCopy();
		Point last = line.getPoints().getLastPoint().getCopy();
		line.translateToAbsolute(first);
		line.translateToAbsolute(last);
		Rectangle from = absolute(HeadquartersDiagram.part(editor, source).getFigure()).expand(3, 3);
		Rectangle to = absolute(HeadquartersDiagram.part(editor, target).getFigure()).expand(3, 3);
		assertTrue(from.contains(first), link + " starts at " + first + ", on " + source + " " + from);
		assertTrue(to.contains(last), link + " ends at " + last + ", on " + target + " " + to);
	}

	private static Rectangle absoluteUnion(DiagramEditor editor, List<String> names) {
		Rectangle union = null;
		for (String name : names) {
			Rectangle bounds = absolute(HeadquartersDiagram.part(editor, name).getFigure());
			union = union == null ? bounds : union.union(bounds);
		}
		return union;
	}

	private static Rectangle absolute(IFigure figure) {
		Rectangle bounds = figure.getBounds().getCopy();
		figure.translateToAbsolute(bounds);
		return bounds;
	}
}
