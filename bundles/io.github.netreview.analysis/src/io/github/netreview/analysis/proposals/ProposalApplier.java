package io.github.netreview.analysis.proposals;

import java.util.List;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

import io.github.netreview.model.topology.Network;

/**
 * Applies a change set to the real network as one step, recorded with EMF's {@link ChangeRecorder}: the returned
 * {@link ChangeDescription} undoes it exactly with {@code applyAndReverse()}, and then redoes it the same way. A
 * change set that fails part-way is rolled back before the failure is reported.
 */
public final class ProposalApplier {

	private ProposalApplier() {
	}

	public static ChangeDescription apply(Network network, List<ModelEdit> edits) {
		ChangeRecorder recorder = new ChangeRecorder(network);
		try {
			ElementIds ids = ElementIds.of(network);
			for (ModelEdit edit : edits) {
				edit.apply(ids);
			}
			return recorder.endRecording();
		} catch (RuntimeException e) {
			recorder.endRecording().apply();
			throw e;
		} finally {
			recorder.dispose();
		}
	}
}
