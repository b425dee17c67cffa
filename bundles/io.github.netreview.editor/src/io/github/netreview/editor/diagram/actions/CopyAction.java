package io.github.netreview.editor.diagram.actions;

import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

/** Edit > Copy (Ctrl+C) in the diagram: the selected devices, with their interfaces, go to the editor's clipboard. */
public final class CopyAction extends SelectionAction {

	private final DeviceClipboard clipboard;

	public CopyAction(IWorkbenchPart part, DeviceClipboard clipboard) {
		super(part);
		this.clipboard = clipboard;
		setId(ActionFactory.COPY.getId());
		setText("&Copy");
		setToolTipText("Copy the selected devices");
	}

	@Override
	protected boolean calculateEnabled() {
		return !DeviceClipboard.devicesIn(getSelectedObjects()).isEmpty();
	}

	@Override
	public void run() {
		clipboard.set(DeviceClipboard.devicesIn(getSelectedObjects()));
	}
}
