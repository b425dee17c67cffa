package io.github.netreview.editor.diagram.actions;

import java.util.function.Supplier;

import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

import io.github.netreview.editor.diagram.commands.PasteCommand;
import io.github.netreview.model.notation.Diagram;

/** Edit > Paste (Ctrl+V) in the diagram: copies of the copied devices beside the originals, as one undoable command. */
public final class PasteAction extends WorkbenchPartAction {

	private final DeviceClipboard clipboard;
	private final Supplier<Diagram> diagram;

	public PasteAction(IWorkbenchPart part, DeviceClipboard clipboard, Supplier<Diagram> diagram) {
		super(part);
		this.clipboard = clipboard;
		this.diagram = diagram;
		setId(ActionFactory.PASTE.getId());
		setText("&Paste");
		setToolTipText("Paste copies of the copied devices");
		clipboard.addListener(this::refresh);
	}

	@Override
	protected boolean calculateEnabled() {
		return !clipboard.devices().isEmpty() && diagram.get() != null;
	}

	@Override
	public void run() {
		Diagram shown = diagram.get();
		execute(new PasteCommand(shown.eResource(), shown, clipboard.devices()));
	}
}
