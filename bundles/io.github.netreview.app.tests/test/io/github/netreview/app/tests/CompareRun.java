package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.github.netreview.editor.diagram.CompareCommands;
import io.github.netreview.editor.diagram.DiagramComparison;
import io.github.netreview.editor.diagram.DiagramEditor;

/**
 * Runs Diagram &gt; Compare With &gt; File..., Revision... and Stop Comparing as the menu does, through their commands
 * on the active diagram editor, with the file or revision as the parameter a dialog would otherwise ask for.
 */
final class CompareRun {

	private CompareRun() {
	}

	static void withFile(DiagramEditor editor, Path file) throws Exception {
		run(editor, CompareCommands.WITH_FILE, Map.of(CompareCommands.PATH, file.toString()));
	}

	static void withRevision(DiagramEditor editor, String revision) throws Exception {
		run(editor, CompareCommands.WITH_REVISION, Map.of(CompareCommands.REVISION, revision));
	}

	static void stop(DiagramEditor editor) throws Exception {
		run(editor, CompareCommands.STOP, Map.of());
	}

	/** Waits until the comparison is read and worked out, or has failed. */
	static void await(DiagramEditor editor) throws InterruptedException {
		DiagramComparison comparison = editor.comparison();
		long deadline = System.currentTimeMillis() + 60_000;
		do {
			WorkbenchTest.flush();
			Thread.sleep(20);
			WorkbenchTest.flush();
		} while (comparison.busy() && System.currentTimeMillis() < deadline);
		assertFalse(comparison.busy(), "the comparison finished");
	}

	private static void run(DiagramEditor editor, String id, Map<String, String> parameters) throws Exception {
		editor.getSite().getPage().activate(editor);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = editor.getSite().getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), parameters), null);
		WorkbenchTest.flush();
	}
}
