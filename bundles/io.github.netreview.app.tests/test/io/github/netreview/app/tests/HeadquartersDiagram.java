package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.github.netreview.editor.ModelFileInput;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Named;

/** The headquarters example opened in the diagram editor of a 1600x1000 window, and its parts found by element name. */
final class HeadquartersDiagram {

	static final Path HQ = Path.of("../../examples/hq.netreview");

	private HeadquartersDiagram() {
	}

	/** Opens a copy of the example in {@code dir} and waits for its first analysis. */
	static DiagramEditor open(IWorkbenchPage page, Path dir) throws Exception {
		Screenshots.sizeWindow();
		Path copy = Files.copy(HQ, dir.resolve("hq.netreview"));
		DiagramEditor editor = assertInstanceOf(DiagramEditor.class, page.openEditor(new ModelFileInput(copy), DiagramEditor.ID));
		awaitAnalysis(editor);
		return editor;
	}

	static void awaitAnalysis(DiagramEditor editor) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		do {
			WorkbenchTest.flush();
			Thread.sleep(20);
			WorkbenchTest.flush();
		} while (!DiagramProbe.analysisIdle(editor) && System.currentTimeMillis() < deadline);
		assertTrue(DiagramProbe.analysisIdle(editor), "the analysis finished");
	}

	/** The edit part of the node showing the element named {@code name}. */
	static GraphicalEditPart part(DiagramEditor editor, String name) {
		for (Object model : DiagramProbe.viewer(editor).getEditPartRegistry().keySet()) {
			if (model instanceof Node node && node.getElement() instanceof Named element && name.equals(element.getName())) {
				return (GraphicalEditPart) DiagramProbe.partOf(editor, node);
			}
		}
		throw new AssertionError("nothing named " + name + " is drawn");
	}

	/** The edit part of the edge showing the link with id {@code id}. */
	static GraphicalEditPart link(DiagramEditor editor, String id) {
		for (Object model : DiagramProbe.viewer(editor).getEditPartRegistry().keySet()) {
			if (model instanceof io.github.netreview.model.notation.Edge edge && edge.getElement() != null && id.equals(edge.getElement().getId())) {
				return (GraphicalEditPart) DiagramProbe.partOf(editor, edge);
			}
		}
		throw new AssertionError("no link " + id + " is drawn");
	}

	static EditPart contents(DiagramEditor editor) {
		return DiagramProbe.viewer(editor).getContents();
	}
}
