package io.github.netreview.analysis.proposals;

/** A proposal that cannot be applied to a network: an element it names is missing or no longer as it expects. */
public final class ProposalException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ProposalException(String message) {
		super(message);
	}
}
