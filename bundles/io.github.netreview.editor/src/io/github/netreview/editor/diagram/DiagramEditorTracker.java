package io.github.netreview.editor.diagram;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Lets a view follow the diagram editor the user works in: it is told of each diagram editor that becomes active (the
 * one already active at the start included) and gets null when the followed editor closes.
 */
public final class DiagramEditorTracker implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<DiagramEditor> follow;
	private DiagramEditor followed;

	private DiagramEditorTracker(IWorkbenchPage page, Consumer<DiagramEditor> follow) {
		this.page = page;
		this.follow = follow;
	}

	/** Starts tracking on {@code page}; {@link #stop()} ends it. */
	public static DiagramEditorTracker start(IWorkbenchPage page, Consumer<DiagramEditor> follow) {
		DiagramEditorTracker tracker = new DiagramEditorTracker(page, follow);
		page.addPartListener(tracker);
		if (page.getActiveEditor() instanceof DiagramEditor diagram) {
			tracker.set(diagram);
		}
		return tracker;
	}

	public void stop() {
		page.removePartListener(this);
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof DiagramEditor diagram && diagram != followed) {
			set(diagram);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (followed != null && reference.getPart(false) == followed) {
			set(null);
		}
	}

	private void set(DiagramEditor diagram) {
		followed = diagram;
		follow.accept(diagram);
	}
}
