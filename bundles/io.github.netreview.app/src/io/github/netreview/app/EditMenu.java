package io.github.netreview.app;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The workbench's Edit menu: Undo and Redo (labelled with the active part's command, "Undo Delete cam-01"), Cut, Copy,
 * Paste, Delete, Select All and Rename, each retargeted to the active part's handler and bound to the standard keys.
 */
final class EditMenu {

	private final List<IAction> undoRedo;
	private final List<IAction> clipboard;
	private final List<IAction> selection;

	EditMenu(IWorkbenchWindow window) {
		undoRedo = List.of(ActionFactory.UNDO.create(window), ActionFactory.REDO.create(window));
		clipboard = List.of(ActionFactory.CUT.create(window), ActionFactory.COPY.create(window), ActionFactory.PASTE.create(window));
		selection = List.of(ActionFactory.DELETE.create(window), ActionFactory.SELECT_ALL.create(window), ActionFactory.RENAME.create(window));
	}

	/** Every action of the menu, for the advisor to register so that their keys reach the active part. */
	List<IAction> actions() {
		return Stream.of(undoRedo, clipboard, selection).flatMap(List::stream).toList();
	}

	MenuManager menu() {
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		undoRedo.forEach(edit::add);
		edit.add(new Separator());
		clipboard.forEach(edit::add);
		edit.add(new Separator());
		selection.forEach(edit::add);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		return edit;
	}
}
