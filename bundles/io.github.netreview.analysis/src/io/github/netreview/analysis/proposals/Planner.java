package io.github.netreview.analysis.proposals;

import java.util.List;
import java.util.Optional;

/** Works out one kind of proposal for an assessed network; the {@link Proposer} verifies and ranks what it drafts. */
interface Planner {

	ProposalKind kind();

	/**
	 * A draft that should remove the core findings of {@code assessment}, or empty when this kind does not apply;
	 * {@code trials} tries change sets on its network, for planners that look again at what a draft leaves.
	 */
	Optional<Draft> plan(Assessment assessment, ProposalTrials trials);

	/** What a planner proposes, before verification. */
	record Draft(String title, String rationale, List<ModelEdit> edits) {
		public Draft {
			edits = List.copyOf(edits);
		}
	}
}
