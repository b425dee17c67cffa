package io.github.netreview.editor.views.changes;

import org.eclipse.core.commands.ExecutionEvent;

import io.github.netreview.editor.diagram.Comparison;
import io.github.netreview.editor.diagram.DiagramEditor;

/** Diagram &gt; Compare With &gt; Stop Comparing: clears the comparison's marks and the Changes view; enabled while comparing. */
public final class StopComparingHandler extends DiagramEditorHandler {

	@Override
	boolean enabledFor(DiagramEditor editor) {
		return editor != null && editor.comparison().state().phase() != Comparison.Phase.OFF;
	}

	@Override
	void run(ExecutionEvent event, DiagramEditor editor) {
		editor.comparison().stop();
	}
}
