package io.github.netreview.editor.diagram.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.github.netreview.editor.diagram.commands.DeleteCommand;
import io.github.netreview.editor.diagram.commands.DiagramNodes;
import io.github.netreview.model.notation.Diagram;

/** Deleting selected nodes and links (the Delete key or Edit > Delete): one command for the whole selection. */
public final class DeletePolicy extends ComponentEditPolicy {

	@Override
	protected Command createDeleteCommand(GroupRequest request) {
		EObject view = (EObject) getHost().getModel();
		Diagram diagram = DiagramNodes.diagramOf(view);
		if (diagram == null || diagram.eResource() == null) {
			return null;
		}
		List<EObject> views = new ArrayList<>();
		for (Object part : request.getEditParts()) {
			if (((EditPart) part).getModel() instanceof EObject model) {
				views.add(model);
			}
		}
		// every selected part asks; only the first answers for all of them, so the stack gets one command
		if (views.isEmpty() || views.get(0) != view) {
			return null;
		}
		return new DeleteCommand(diagram.eResource(), diagram, views);
	}
}
