package io.github.netreview.editor.diagram.commands;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.ProposalApplier;
import io.github.netreview.model.notation.Diagram;

/**
 * Applies a proposal to the network and brings the diagram in line, as one undoable step: the whole resource's change
 * is recorded, so undo restores network and diagram exactly and redo makes the same change again.
 */
public final class ApplyProposalCommand extends RecordedCommand {

	private final Diagram diagram;
	private final Proposal proposal;

	public ApplyProposalCommand(Resource resource, Diagram diagram, Proposal proposal) {
		super("Apply proposal " + proposal.id(), resource);
		this.diagram = diagram;
		this.proposal = proposal;
	}

	@Override
	ChangeDescription record() {
		return ProposalApplier.apply(resource(), diagram.getNetwork(), proposal.edits(), ids -> DiagramSync.reconcile(diagram));
	}
}
