package io.github.netreview.app.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.PlatformUI;

/** The window's menu bar as a user reads it: menu titles, the Edit menu's items and a submenu's as they show when opened. */
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

	/** The items of the submenu {@code submenu} of the menu {@code menu} as they show when opened, enabled or not ("File...", "Stop Comparing (disabled)"). */
	static List<String> items(String menu, String submenu) {
		Menu top = Arrays.stream(menuBar().getItems()).filter(item -> plain(item.getText()).equals(menu)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + menu + " menu")).getMenu();
		top.notifyListeners(SWT.Show, new Event());
		WorkbenchTest.flush();
		Menu sub = Arrays.stream(top.getItems()).filter(item -> plain(item.getText()).equals(submenu)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + submenu + " in " + menu)).getMenu();
		sub.notifyListeners(SWT.Show, new Event());
		WorkbenchTest.flush();
		List<String> items = Arrays.stream(sub.getItems()).filter(item -> !plain(item.getText()).isEmpty())
				.map(item -> plain(item.getText()) + (item.isEnabled() ? "" : " (disabled)")).toList();
		sub.notifyListeners(SWT.Hide, new Event());
		top.notifyListeners(SWT.Hide, new Event());
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
