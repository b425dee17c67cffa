package io.github.netreview.editor.diagram.actions;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;
import org.eclipse.gef.ui.actions.DeleteAction;
import org.eclipse.ui.IWorkbenchPart;

/** Edit > Delete (the Delete key) in the diagram: the selection's one delete command, named after what it deletes. */
public final class DeleteElementsAction extends DeleteAction {

	public DeleteElementsAction(IWorkbenchPart part) {
		super(part);
	}

	/** The delete command itself rather than GEF's wrapper labelled "Delete", so that Undo says "Undo Delete cam-01". */
	@Override
	@SuppressWarnings("rawtypes")
	public Command createDeleteCommand(List objects) {
		Command command = super.createDeleteCommand(objects);
		return command instanceof CompoundCommand compound ? compound.unwrap() : command;
	}
}
