package io.github.netreview.app.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Answers the next list dialog with a given title, as a user would: picks the row starting with some text and presses a button. */
final class DialogAnswer {

	private DialogAnswer() {
	}

	/**
	 * Waits (on the UI thread, between events) for a dialog titled {@code title}, selects its first row starting with
	 * {@code row} and presses {@code button}; the returned list fills with the rows it offered.
	 */
	static List<String> choose(String title, String row, String button) {
		List<String> offered = new ArrayList<>();
		Display display = Display.getCurrent();
		Runnable[] attempt = new Runnable[1];
		long deadline = System.currentTimeMillis() + 20_000;
		attempt[0] = () -> {
			Shell dialog = null;
			for (Shell shell : display.getShells()) {
				for (Shell child : shell.getShells()) {
					if (title.equals(child.getText()) && child.isVisible()) {
						dialog = child;
					}
				}
			}
			if (dialog == null) {
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(50, attempt[0]);
				}
				return;
			}
			Table table = find(dialog, Table.class).get(0);
			for (TableItem item : table.getItems()) {
				offered.add(item.getText());
			}
			for (int i = 0; i < table.getItemCount(); i++) {
				if (table.getItem(i).getText().startsWith(row)) {
					table.setSelection(i);
					table.notifyListeners(SWT.Selection, new Event());
					break;
				}
			}
			Button press = find(dialog, Button.class).stream().filter(b -> button.equals(b.getText().replace("&", ""))).findFirst().orElseThrow();
			press.notifyListeners(SWT.Selection, new Event());
		};
		display.timerExec(50, attempt[0]);
		return offered;
	}

	private static <T extends Control> List<T> find(Control control, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}
}
