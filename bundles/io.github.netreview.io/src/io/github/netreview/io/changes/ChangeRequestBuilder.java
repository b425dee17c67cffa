package io.github.netreview.io.changes;

import java.time.LocalDate;
import java.util.List;

import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Verification;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Network;

/** Makes the change request for a proposal of {@code network}, the network it was made for (left untouched). */
public final class ChangeRequestBuilder {

	private ChangeRequestBuilder() {
	}

	public static ChangeRequest build(Network network, Proposal proposal, LocalDate date) {
		Translated translated = Translated.of(network, proposal.id(), proposal.edits());
		return new ChangeRequest(ElementLabels.name(network), network.getId(), proposal.id(), proposal.kind().name(), proposal.title(),
				proposal.rationale(), date, proposal.feasible(), status(proposal), proposal.cost().describe(),
				VerificationFacts.of(proposal.verification(), ElementIds.of(network)), translated.configuration(), translated.changes(),
				translated.rollback(), translated.rollbackChanges());
	}

	/** Whether verification shows the proposal does its job without breaking a flow or cutting anyone off, and if not, why. */
	static String status(Proposal proposal) {
		Verification verification = proposal.verification();
		if (verification == null) {
			return "NOT VERIFIED: re-analysis did not run";
		}
		int left = verification.remaining().size() + verification.introduced().size();
		if (left > 0) {
			return "INFEASIBLE: " + left + " restricted " + (left == 1 ? "device is" : "devices are") + " still in or reaching the core";
		}
		List<String> broken = verification.broken().stream().map(Verification.FlowStatus::shownName).toList();
		if (!broken.isEmpty()) {
			return "INFEASIBLE: it breaks required " + (broken.size() == 1 ? "flow " : "flows ") + String.join("; ", broken);
		}
		int brokenInferred = verification.brokenInferred().size();
		if (brokenInferred > 0) {
			return "INFEASIBLE: it breaks " + brokenInferred + " inferred " + (brokenInferred == 1 ? "flow" : "flows") + " (a camera cut off its recorder)";
		}
		int cutOff = verification.collateral().size();
		if (cutOff > 0 && !verification.collateralAllowed()) {
			return "INFEASIBLE: it cuts " + cutOff + " other " + (cutOff == 1 ? "device" : "devices") + " off what they reached (collateral)";
		}
		if (proposal.feasible()) {
			return "feasible: no restricted device in or reaching the core, no required or inferred flow broken, "
					+ (cutOff == 0 ? "no collateral" : cutOff + " collateral " + (cutOff == 1 ? "device" : "devices") + " allowed");
		}
		return "INFEASIBLE: " + proposal.cost().describe();
	}
}
