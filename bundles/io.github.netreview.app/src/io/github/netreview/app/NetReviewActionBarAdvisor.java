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

/** The File menu (New Network, Open, Open Example, Import, Export, Save, Save As, Exit), the Edit menu, and the Help menu (About). */
final class NetReviewActionBarAdvisor extends ActionBarAdvisor {

	private OpenModelAction open;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction quit;
	private IWorkbenchAction about;
	private IWorkbenchWindow window;
	private EditMenu edit;

	NetReviewActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		open = new OpenModelAction(window);
		save = ActionFactory.SAVE.create(window);
		saveAs = ActionFactory.SAVE_AS.create(window);
		importWizards = ActionFactory.IMPORT.create(window);
		exportWizards = ActionFactory.EXPORT.create(window);
		quit = ActionFactory.QUIT.create(window);
		about = ActionFactory.ABOUT.create(window);
		this.window = window;
		register(about);
		register(save);
		register(saveAs);
		register(importWizards);
		register(exportWizards);
		register(quit);
		edit = new EditMenu(window);
		edit.actions().forEach(this::register);
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
		file.add(importWizards);
		file.add(exportWizards);
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(new Separator());
		file.add(quit);
		menuBar.add(file);
		menuBar.add(edit.menu());
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(ExampleNetworks.menu(window));
		help.add(new Separator());
		help.add(about);
		menuBar.add(help);
	}
}
