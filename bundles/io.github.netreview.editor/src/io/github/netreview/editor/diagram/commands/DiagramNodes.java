package io.github.netreview.editor.diagram.commands;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;

/** Where notation elements sit. */
public final class DiagramNodes {

	private DiagramNodes() {
	}

	/** Whether {@code node} is inside a collapsed group (so not drawn). */
	public static boolean hidden(Node node) {
		for (EObject at = node.eContainer(); at instanceof Node group; at = group.eContainer()) {
			if (group.isCollapsed()) {
				return true;
			}
		}
		return false;
	}

	/** The diagram that contains {@code view}, or null. */
	public static Diagram diagramOf(EObject view) {
		for (EObject at = view; at != null; at = at.eContainer()) {
			if (at instanceof Diagram diagram) {
				return diagram;
			}
		}
		return null;
	}
}
