package io.github.netreview.editor.diagram.parts;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import io.github.netreview.editor.diagram.commands.SetFeatureCommand;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.TopologyPackage;

/** Renaming a device, site or zone in place on the diagram: the new name is one undoable command. */
public final class NameEditPolicy extends DirectEditPolicy {

	@Override
	protected Command getDirectEditCommand(DirectEditRequest request) {
		Named element = ((ViewNodeEditPart) getHost()).element();
		Object value = request.getCellEditor().getValue();
		String name = value == null ? "" : value.toString().strip();
		if (element == null || name.isEmpty() || name.equals(element.getName())) {
			return null;
		}
		return new SetFeatureCommand(element, TopologyPackage.Literals.NAMED__NAME, name);
	}

	@Override
	protected void showCurrentEditValue(DirectEditRequest request) {
		// the cell editor shows the text being typed
	}
}
