package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;

import io.github.netreview.editor.EditorInputs;
import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.model.notation.Diagram;

/**
 * What File &gt; Export writes from: the diagram in the active editor with its analysis overlay, the model file behind
 * it (null when it is no local file) and whether the editor holds changes not saved to that file.
 */
record ExportSource(Diagram diagram, Overlay overlay, Path model, boolean unsaved) {

	/** What {@code editor} offers, or null when it is no diagram editor showing a diagram. */
	static ExportSource of(IEditorPart editor) {
		if (editor instanceof DiagramEditor diagramEditor && diagramEditor.getDiagram() != null) {
			return new ExportSource(diagramEditor.getDiagram(), diagramEditor.overlay(), EditorInputs.fileOf(editor.getEditorInput()),
					editor.isDirty());
		}
		return null;
	}

	/**
	 * A copy of the model as it is now (its network, then its diagrams), for work that changes what it is given, such as
	 * proposals, which try each change and undo it; the editor's model is left alone.
	 */
	List<EObject> modelCopy() {
		return new ArrayList<>(EcoreUtil.copyAll(diagram.eResource().getContents()));
	}
}
