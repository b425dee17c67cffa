package io.github.netreview.editor.diagram;

import java.util.function.Consumer;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import io.github.netreview.model.notation.Diagram;

/** The diagram editor's Diagram menu and toolbar, and its GEF actions as the handlers of the workbench's Edit menu and keys. */
public final class DiagramActionBarContributor extends ActionBarContributor {

	@Override
	protected void buildActions() {
		addRetargetAction(new UndoRetargetAction());
		addRetargetAction(new DeleteRetargetAction());
		addRetargetAction(new RedoRetargetAction());
		addRetargetAction(new ZoomInRetargetAction());
		addRetargetAction(new ZoomOutRetargetAction());
	}

	/** The editor's own actions behind the workbench's Edit menu and keys (undo, redo and delete are retargeted above). */
	@Override
	protected void declareGlobalActionKeys() {
		addGlobalActionKey(ActionFactory.CUT.getId());
		addGlobalActionKey(ActionFactory.COPY.getId());
		addGlobalActionKey(ActionFactory.PASTE.getId());
		addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
		addGlobalActionKey(ActionFactory.RENAME.getId());
		addGlobalActionKey(ActionFactory.PRINT.getId());
	}

	// the editor reports the layout's engine and time on the status line
	private final Action layout = onEditor("Auto Layout", active -> active.autoLayout(plan -> {
	}));
	private final Action fit = onEditor("Zoom to &Fit", DiagramEditor::zoomToFit);
	private final Action export = onEditor("&Export Image...", DiagramEditor::exportImage);
	private final Action pathOnly = new Action("Show &Path Only", IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			if (editor != null) {
				editor.showPathOnly(isChecked());
			}
		}
	};
	private DiagramEditor editor;

	/** An action that does {@code run} to the active diagram editor, and nothing when there is none. */
	private Action onEditor(String label, Consumer<DiagramEditor> run) {
		return new Action(label) {
			@Override
			public void run() {
				if (editor != null) {
					run.accept(editor);
				}
			}
		};
	}

	@Override
	public void contributeToMenu(IMenuManager menuBar) {
		MenuManager diagram = new MenuManager("&Diagram", "io.github.netreview.diagram.menu");
		MenuManager diagrams = new MenuManager("&Show Diagram");
		diagrams.setRemoveAllWhenShown(true);
		diagrams.addMenuListener(menu -> {
			if (editor != null) {
				for (Diagram shown : editor.diagrams()) {
					Action action = new Action(shown.getName() == null ? shown.getId() : shown.getName(), IAction.AS_RADIO_BUTTON) {
						@Override
						public void run() {
							editor.showDiagram(shown);
						}
					};
					action.setChecked(shown == editor.getDiagram());
					menu.add(action);
				}
			}
		});
		diagrams.add(new Separator());
		diagram.add(diagrams);
		diagram.add(new Separator());
		diagram.add(layout);
		diagram.add(onEditor("E&xpand / Collapse Group", DiagramEditor::toggleGroups));
		diagram.add(getAction(GEFActionConstants.ZOOM_IN));
		diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
		diagram.add(fit);
		diagram.add(pathOnly);
		diagram.add(new Separator());
		diagram.add(compareWith());
		diagram.add(new Separator());
		diagram.add(export);
		diagram.add(onEditor("&Print...", DiagramEditor::print));
		// after the workbench's Edit menu, where undo, redo, cut, copy, paste, delete, select all and rename are
		menuBar.insertAfter(menuBar.find(IWorkbenchActionConstants.M_EDIT) == null ? IWorkbenchActionConstants.M_FILE
				: IWorkbenchActionConstants.M_EDIT, diagram);
	}

	/** Compare With &gt; File..., Revision... and Stop Comparing: the commands, whose handlers follow the active diagram editor. */
	private MenuManager compareWith() {
		MenuManager menu = new MenuManager("Compare &With", "io.github.netreview.diagram.compareWith");
		menu.add(command(CompareCommands.WITH_FILE, "&File..."));
		menu.add(command(CompareCommands.WITH_REVISION, "&Revision..."));
		menu.add(new Separator());
		menu.add(command(CompareCommands.STOP, "&Stop Comparing"));
		return menu;
	}

	private CommandContributionItem command(String id, String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(getPage().getWorkbenchWindow(), id, id,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		return new CommandContributionItem(parameter);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		editor = part instanceof DiagramEditor diagram ? diagram : null;
		layout.setEnabled(editor != null);
		fit.setEnabled(editor != null);
		export.setEnabled(editor != null);
		pathOnly.setEnabled(editor != null);
		pathOnly.setChecked(editor != null && editor.pathFocus() != null && editor.pathFocus().pathOnly());
	}

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		layout.setToolTipText("Lay the diagram out with graphviz dot, zones as clusters (undoable)");
		toolBar.add(layout);
		toolBar.add(getAction(ActionFactory.UNDO.getId()));
		toolBar.add(getAction(ActionFactory.REDO.getId()));
		toolBar.add(getAction(GEFActionConstants.ZOOM_IN));
		toolBar.add(getAction(GEFActionConstants.ZOOM_OUT));
		toolBar.add(fit);
		pathOnly.setToolTipText("Hide everything but the path of the finding in focus and the devices cabled to it");
		toolBar.add(pathOnly);
	}
}
