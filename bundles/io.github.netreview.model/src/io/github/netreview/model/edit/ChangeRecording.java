package io.github.netreview.model.edit;

import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/** Records edits of a model as one change that undoes them exactly, the way every editing command and proposal applies. */
public final class ChangeRecording {

	private ChangeRecording() {
	}

	/**
	 * Runs {@code edits} while recording everything under {@code scope}; the description undoes them exactly with
	 * {@code applyAndReverse()}, and then redoes them the same way. Edits that fail part-way are rolled back before the
	 * failure is passed on.
	 */
	public static ChangeDescription recorded(Notifier scope, Runnable edits) {
		ChangeRecorder recorder = new ChangeRecorder(List.of(scope));
		try {
			edits.run();
			return recorder.endRecording();
		} catch (RuntimeException e) {
			recorder.endRecording().apply();
			throw e;
		} finally {
			recorder.dispose();
		}
	}
}
