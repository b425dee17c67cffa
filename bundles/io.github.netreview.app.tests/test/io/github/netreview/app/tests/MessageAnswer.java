package io.github.netreview.app.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Reads and closes the next message dialog with a given title, as a user pressing OK would, once it opens. */
final class MessageAnswer {

	private MessageAnswer() {
	}

	/** Waits (between events, up to 20 s) for a dialog titled {@code title}; the list returned fills with its texts when it is closed. */
	static List<String> closeNext(String title) {
		List<String> texts = new ArrayList<>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 20_000;
		Runnable[] attempt = new Runnable[1];
		attempt[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					collect(shell, texts);
					shell.close();
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, attempt[0]);
			}
		};
		display.timerExec(50, attempt[0]);
		return texts;
	}

	private static void collect(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label && !label.getText().isEmpty()) {
				texts.add(label.getText());
			} else if (child instanceof Composite composite) {
				collect(composite, texts);
			}
		}
	}
}
