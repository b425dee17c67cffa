package io.github.netreview.editor.diagram.parts;

import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.action.IStatusLineManager;

/** Why an edit policy refuses a tool's gesture, said on the status line of the editor that the part belongs to. */
public final class StatusMessages {

	private StatusMessages() {
	}

	/** Shows {@code message} as the status line's error. */
	static void refuse(EditPart part, String message) {
		IStatusLineManager status = statusLine(part);
		if (status != null) {
			status.setErrorMessage(message);
		}
	}

	/** Takes back a refusal once the gesture is accepted. */
	static void clear(EditPart part) {
		IStatusLineManager status = statusLine(part);
		if (status != null) {
			status.setErrorMessage(null);
		}
	}

	private static IStatusLineManager statusLine(EditPart part) {
		EditDomain domain = part.getViewer() == null ? null : part.getViewer().getEditDomain();
		if (domain instanceof DefaultEditDomain editorDomain && editorDomain.getEditorPart() != null) {
			return editorDomain.getEditorPart().getEditorSite().getActionBars().getStatusLineManager();
		}
		return null;
	}
}
