package io.github.netreview.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The File menu (New Network, Open, Open Example, Save, Save As, Exit), the Help menu (About), and keys for undo and redo. */
final class NetReviewActionBarAdvisor extends ActionBarAdvisor {

	private OpenModelAction open;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction quit;
	private IWorkbenchAction about;
	private IWorkbenchWindow window;

	NetReviewActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		open = new OpenModelAction(window);
		save = ActionFactory.SAVE.create(window);
		saveAs = ActionFactory.SAVE_AS.create(window);
		quit = ActionFactory.QUIT.create(window);
		about = ActionFactory.ABOUT.create(window);
		this.window = window;
		register(about);
		register(save);
		register(saveAs);
		register(quit);
		// Registered so that Ctrl+Z and Ctrl+Shift+Z reach the active part's Undo and Redo; the Diagram menu shows them.
		register(ActionFactory.UNDO.create(window));
		register(ActionFactory.REDO.create(window));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new Action("&New Network...") {
			@Override
			public void run() {
				new WizardDialog(window.getShell(), new NewNetworkWizard(window)).open();
			}
		});
		file.add(open);
		file.add(ExampleNetworks.menu(window));
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(new Separator());
		file.add(quit);
		menuBar.add(file);
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(ExampleNetworks.menu(window));
		help.add(new Separator());
		help.add(about);
		menuBar.add(help);
	}
}
