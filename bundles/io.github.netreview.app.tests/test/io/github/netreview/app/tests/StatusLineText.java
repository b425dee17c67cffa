package io.github.netreview.app.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/** The texts the window's status line shows, read from its labels. */
final class StatusLineText {

	private StatusLineText() {
	}

	/** Every non-empty text of a CLabel in the active window (the status line's message is one). */
	static List<String> all() {
		List<String> texts = new ArrayList<>();
		collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), texts);
		return texts;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof CLabel label && label.getText() != null && !label.getText().isEmpty()) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
