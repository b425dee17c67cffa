package io.github.netreview.editor.diagram.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.ui.actions.DeleteAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

/** Edit > Cut (Ctrl+X) in the diagram: copies the selected devices, then deletes them as one undoable "Cut". */
public final class CutAction extends DeleteAction {

	private final DeviceClipboard clipboard;

	public CutAction(IWorkbenchPart part, DeviceClipboard clipboard) {
		super(part);
		this.clipboard = clipboard;
		setId(ActionFactory.CUT.getId());
		setText("Cu&t");
		setToolTipText("Cut the selected devices");
	}

	@Override
	protected boolean calculateEnabled() {
		Command delete = deleteSelectedDevices();
		return delete != null && delete.canExecute();
	}

	@Override
	public void run() {
		Command delete = deleteSelectedDevices();
		clipboard.set(DeviceClipboard.devicesIn(getSelectedObjects()));
		delete.setLabel("Cut");
		execute(delete);
	}

	/** The command deleting the selected devices (only they: Paste brings devices back), or null when none is. */
	private Command deleteSelectedDevices() {
		List<Object> devices = new ArrayList<>();
		for (Object part : getSelectedObjects()) {
			if (!DeviceClipboard.devicesIn(List.of(part)).isEmpty()) {
				devices.add(part);
			}
		}
		return devices.isEmpty() ? null : createDeleteCommand(devices);
	}
}
