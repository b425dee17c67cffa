package io.github.netreview.app.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.PlatformUI;

/** The window's menu bar as a user reads it: menu titles, and the Edit menu's items as they show when it opens. */
final class EditMenuItems {

	private EditMenuItems() {
	}

	/** The titles of the menu bar's menus, without mnemonics. */
	static List<String> menus() {
		return Arrays.stream(menuBar().getItems()).map(item -> plain(item.getText())).toList();
	}

	/** The items of the Edit menu as it shows when opened, without mnemonics and keys. */
	static List<String> items() {
		Menu edit = Arrays.stream(menuBar().getItems()).filter(item -> plain(item.getText()).equals("Edit")).findFirst()
				.orElseThrow(() -> new AssertionError("no Edit menu")).getMenu();
		edit.notifyListeners(SWT.Show, new Event());
		WorkbenchTest.flush();
		List<String> items = Arrays.stream(edit.getItems()).map(item -> plain(item.getText())).filter(text -> !text.isEmpty()).toList();
		edit.notifyListeners(SWT.Hide, new Event());
		WorkbenchTest.flush();
		return items;
	}

	/** The Edit menu's item that starts with {@code label} (its whole text, e.g. "Undo Delete cam-01"). */
	static String item(String label) {
		List<String> items = items();
		return items.stream().filter(text -> text.startsWith(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + label + " in " + items));
	}

	private static Menu menuBar() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
	}

	private static String plain(String text) {
		return text.replace("&", "").replaceAll("\t.*", "").strip();
	}
}
