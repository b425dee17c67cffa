package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.ForwardingTrials;
import io.github.netreview.analysis.Trial;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Network;

/**
 * Change sets tried on the assessed network itself: made by element id, read while made, undone; the assessment
 * and the ids stay those of the network as it is between trials.
 */
final class ProposalTrials {

	private final ForwardingTrials trials;
	private final ElementIds ids;
	private Assessment assessment;

	ProposalTrials(Assessment assessment, ElementIds ids) {
		this.assessment = assessment;
		this.ids = ids;
		this.trials = new ForwardingTrials(assessment.network(), assessment.forwarding());
	}

	/** The assessment of the network as it is between trials. */
	Assessment assessment() {
		return assessment;
	}

	ElementIds ids() {
		return ids;
	}

	/**
	 * Makes {@code edits}, gives the trial to {@code reader} and undoes them, whatever {@code reader} does; an edit
	 * that does not apply fails with a {@link ProposalException} and nothing changed.
	 */
	<T> T attempt(List<ModelEdit> edits, Function<Trial, T> reader) {
		Trial trial;
		try {
			trial = trials.begin(scope(edits), () -> edits.forEach(edit -> edit.apply(ids)));
		} catch (RuntimeException e) {
			afterUndo(edits);
			throw e;
		}
		try {
			return reader.apply(trial);
		} finally {
			trial.close();
			afterUndo(edits);
			assessment = assessment.with(trials.current());
		}
	}

	/** Brings the ids in step after {@code edits} were undone. */
	private void afterUndo(List<ModelEdit> edits) {
		ids.afterUndo(edits.stream().filter(CreateElement.class::isInstance).map(ModelEdit::element).toList(),
				edits.stream().filter(DeleteElement.class::isInstance).map(ModelEdit::element).toList());
	}

	/**
	 * What the edits touch: the elements they set and the containers they add to, or the whole network when one
	 * deletes (references to the deleted element go everywhere). Elements the set itself creates are inside those.
	 */
	private List<Notifier> scope(List<ModelEdit> edits) {
		Network network = assessment.network();
		Set<EObject> touched = Collections.newSetFromMap(new IdentityHashMap<>());
		for (ModelEdit edit : edits) {
			String target = switch (edit) {
			case SetValue set -> set.element();
			case CreateElement create -> create.container();
			case DeleteElement delete -> null;
			};
			if (target == null) {
				return List.of(network);
			}
			if (ids.contains(target)) {
				touched.add(ids.get(target));
			}
		}
		List<Notifier> roots = new ArrayList<>();
		for (EObject element : touched) {
			if (!insideAnother(element, touched)) {
				roots.add(element);
			}
		}
		return roots;
	}

	private static boolean insideAnother(EObject element, Set<EObject> touched) {
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (touched.contains(container)) {
				return true;
			}
		}
		return false;
	}
}
