package io.github.netreview.analysis.proposals;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;

import io.github.netreview.model.edit.ChangeRecording;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.edit.UnknownElementException;
import io.github.netreview.model.topology.Network;

/**
 * Applies a change set to the real network as one step, recorded with EMF's {@link ChangeRecording}: the returned
 * {@link ChangeDescription} undoes it exactly with {@code applyAndReverse()}, and then redoes it the same way. A
 * change set that fails part-way is rolled back before the failure is reported.
 */
public final class ProposalApplier {

	private ProposalApplier() {
	}

	public static ChangeDescription apply(Network network, List<ModelEdit> edits) {
		return apply(network, network, edits, ids -> {
		});
	}

	/**
	 * Applies {@code edits} to {@code network}, then runs {@code afterwards} (such as bringing a diagram in line), all
	 * recorded as one change of everything under {@code scope} (the network, or the resource holding it and its
	 * diagrams).
	 */
	public static ChangeDescription apply(Notifier scope, Network network, List<ModelEdit> edits, Consumer<ElementIds> afterwards) {
		try {
			return ChangeRecording.recorded(scope, () -> {
				ElementIds ids = ElementIds.of(network);
				for (ModelEdit edit : edits) {
					edit.apply(ids);
				}
				afterwards.accept(ids);
			});
		} catch (UnknownElementException e) {
			throw new ProposalException(e.getMessage());
		}
	}
}
