package io.github.netreview.editor.diagram;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.notation.Diagram;

/** Where notation elements sit. */
final class DiagramNodes {

	private DiagramNodes() {
	}

	/** The diagram that contains {@code view}, or null. */
	static Diagram diagramOf(EObject view) {
		for (EObject at = view; at != null; at = at.eContainer()) {
			if (at instanceof Diagram diagram) {
				return diagram;
			}
		}
		return null;
	}
}
