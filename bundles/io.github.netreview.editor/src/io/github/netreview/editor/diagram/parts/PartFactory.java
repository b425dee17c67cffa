package io.github.netreview.editor.diagram.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Edge;
import io.github.netreview.model.notation.Node;

/** Makes the edit part for each notation element. */
public final class PartFactory implements EditPartFactory {

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		if (model instanceof Diagram diagram) {
			return new DiagramEditPart(diagram);
		}
		if (model instanceof Node node) {
			return new ViewNodeEditPart(node);
		}
		if (model instanceof Edge edge) {
			return new EdgeEditPart(edge);
		}
		throw new IllegalArgumentException("no edit part for " + model);
	}
}
