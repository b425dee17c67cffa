package io.github.netreview.app;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The File menu: Open, Save, Save As, Exit. */
final class NetReviewActionBarAdvisor extends ActionBarAdvisor {

	private OpenModelAction open;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction quit;

	NetReviewActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		open = new OpenModelAction(window);
		save = ActionFactory.SAVE.create(window);
		saveAs = ActionFactory.SAVE_AS.create(window);
		quit = ActionFactory.QUIT.create(window);
		register(save);
		register(saveAs);
		register(quit);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(open);
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(new Separator());
		file.add(quit);
		menuBar.add(file);
	}
}
