package io.github.netreview.editor.views.proposals;

import java.time.LocalDate;
import java.util.List;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.io.changes.ChangeRequest;
import io.github.netreview.io.changes.ChangeRequestBuilder;
import io.github.netreview.io.changes.ChangeRequestText;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Network;

/** What the details pane shows of a proposal: its change request, the IOS to enter, and what re-analysis showed. */
public record ProposalDetails(Proposal proposal, ChangeRequest request, String configuration, List<VerificationRow> verification) {

	/** The details of {@code proposal}, made for {@code network} (left untouched) on {@code date}. */
	static ProposalDetails of(Network network, Proposal proposal, LocalDate date) {
		ChangeRequest request = ChangeRequestBuilder.build(network, proposal, date);
		return new ProposalDetails(proposal, request, ChangeRequestText.configuration(request),
				VerificationRows.of(proposal.verification(), ElementIds.of(network)));
	}
}
