package io.github.netreview.analysis.proposals;

import java.util.List;

/**
 * A computed segmentation change: its id (stable for the same network), kind, title, why it works, the ordered
 * edits, what it costs and what re-analysis showed it does.
 */
public record Proposal(String id, ProposalKind kind, String title, String rationale, List<ModelEdit> edits, Cost cost,
		Verification verification) {

	public Proposal {
		edits = List.copyOf(edits);
	}

	/** The elements the proposal adds, removes and changes. */
	public ChangeSetDiff diff() {
		return ChangeSetDiff.of(edits);
	}

	/**
	 * Whether verification proved it removes every restricted-to-core path, breaks no required or inferred flow and
	 * cuts no innocent device off anything it reached (unless collateral was allowed).
	 */
	public boolean feasible() {
		return verification != null && verification.feasible() && cost.feasible();
	}
}
