package io.github.netreview.app.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Runs an import or export wizard as a user would: through the command of File &gt; Import... or Export... with the
 * wizard's id, typing into the rows by their labels and pressing Finish; a wizard that stays open is cancelled.
 */
final class WizardRun {

	/** Whether Finish closed the wizard, else the page's error message and any text shown below it. */
	record Outcome(boolean finished, String error, String details) {
	}

	private WizardRun() {
	}

	static Outcome importWith(String wizardId, Map<String, String> rows) throws Exception {
		return run(IWorkbenchCommandConstants.FILE_IMPORT, IWorkbenchCommandConstants.FILE_IMPORT_PARM_WIZARDID, wizardId, rows);
	}

	static Outcome exportWith(String wizardId, Map<String, String> rows) throws Exception {
		return run(IWorkbenchCommandConstants.FILE_EXPORT, IWorkbenchCommandConstants.FILE_EXPORT_PARM_WIZARDID, wizardId, rows);
	}

	/** The texts of the modeless window titled {@code title}, which is then closed; empty when there is none. */
	static List<String> readAndClose(String title) {
		List<String> texts = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && title.equals(shell.getText())) {
				collect(shell, texts);
				shell.close();
			}
		}
		WorkbenchTest.flush();
		return texts;
	}

	private static Outcome run(String commandId, String parameter, String wizardId, Map<String, String> rows) throws Exception {
		AtomicReference<Outcome> outcome = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Display display = Display.getCurrent();
		Runnable[] drive = new Runnable[1];
		int[] tries = { 0 };
		drive[0] = () -> {
			WizardDialog dialog = openWizard(display);
			if (dialog == null && tries[0]++ < 200) {
				display.asyncExec(drive[0]); // not open yet
				return;
			}
			try {
				outcome.set(finish(dialog, rows));
			} catch (Throwable t) {
				failure.set(t);
				if (dialog != null) {
					dialog.close();
				}
			}
		};
		display.asyncExec(drive[0]);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), Map.of(parameter, wizardId)), null);
		WorkbenchTest.flush();
		if (failure.get() != null) {
			throw new AssertionError("driving the wizard failed", failure.get());
		}
		if (outcome.get() == null) {
			throw new AssertionError("the wizard " + wizardId + " did not open");
		}
		return outcome.get();
	}

	private static WizardDialog openWizard(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof WizardDialog dialog) {
				return dialog;
			}
		}
		return null;
	}

	private static Outcome finish(WizardDialog dialog, Map<String, String> rows) {
		Shell shell = dialog.getShell();
		rows.forEach((label, value) -> textAfter(shell, label).setText(value));
		WorkbenchTest.flush();
		Button finish = button(shell, IDialogConstants.FINISH_LABEL);
		if (finish.isEnabled()) {
			finish.notifyListeners(SWT.Selection, new Event());
			WorkbenchTest.flush();
		}
		if (shell.isDisposed()) {
			return new Outcome(true, null, "");
		}
		String error = dialog.getCurrentPage().getErrorMessage();
		List<String> texts = new ArrayList<>();
		collectMultiLine(shell, texts);
		dialog.close();
		return new Outcome(false, error, String.join("\n", texts));
	}

	private static Text textAfter(Composite parent, String label) {
		Control[] children = parent.getChildren();
		for (int i = 0; i < children.length; i++) {
			if (children[i] instanceof Label named && label.equals(named.getText()) && i + 1 < children.length
					&& children[i + 1] instanceof Text text) {
				return text;
			}
			if (children[i] instanceof Composite composite) {
				Text found = textAfterOrNull(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		throw new AssertionError("no row labelled " + label);
	}

	private static Text textAfterOrNull(Composite parent, String label) {
		try {
			return textAfter(parent, label);
		} catch (AssertionError e) {
			return null;
		}
	}

	private static Button button(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				try {
					return button(composite, label);
				} catch (AssertionError e) {
					// not in this one
				}
			}
		}
		throw new AssertionError("no button " + label);
	}

	private static void collect(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Text text) {
				texts.add(text.getText());
			} else if (child instanceof Composite composite) {
				collect(composite, texts);
			}
		}
	}

	private static void collectMultiLine(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & SWT.MULTI) != 0 && text.isVisible()) {
				texts.add(text.getText());
			} else if (child instanceof Composite composite) {
				collectMultiLine(composite, texts);
			}
		}
	}
}
