package io.github.netreview.editor.diagram.commands;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.gef.commands.Command;

import io.github.netreview.model.edit.ChangeRecording;

/**
 * A command whose edits are recorded over the whole resource (network and diagrams) with EMF's change recorder, so
 * that undo restores everything exactly and redo makes the same change again, however many elements it touched.
 */
public abstract class RecordedCommand extends Command {

	private final Resource resource;
	private ChangeDescription change;

	RecordedCommand(String label, Resource resource) {
		super(label);
		this.resource = resource;
	}

	Resource resource() {
		return resource;
	}

	/** Makes the edits and returns what they changed; called once. */
	abstract ChangeDescription record();

	/** Runs {@code edits} while recording the resource (see {@link ChangeRecording#recorded}). */
	final ChangeDescription recording(Runnable edits) {
		return ChangeRecording.recorded(resource, edits);
	}

	@Override
	public final void execute() {
		change = record();
	}

	@Override
	public final void undo() {
		change.applyAndReverse();
	}

	@Override
	public final void redo() {
		change.applyAndReverse();
	}
}
