package io.github.netreview.editor.diagram.actions;

import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

/** Edit > Rename (F2) in the diagram: opens the in-place name field of the one selected device, site or zone. */
public final class RenameAction extends DirectEditAction {

	public RenameAction(IWorkbenchPart part) {
		super(part);
		setId(ActionFactory.RENAME.getId());
		setText("Rena&me");
		setToolTipText("Rename the selected element in place");
	}
}
