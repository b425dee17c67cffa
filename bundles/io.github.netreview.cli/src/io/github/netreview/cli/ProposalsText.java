package io.github.netreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import io.github.netreview.analysis.proposals.ElementIds;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Verification;

/** Prints ranked proposals for people: rank, id, title, cost, rationale, each change, and what verification showed. */
final class ProposalsText {

	private final PrintWriter out;

	ProposalsText(PrintWriter out) {
		this.out = out;
	}

	void print(Path model, int problems, List<Proposal> proposals, ElementIds ids) {
		out.printf("%s: %d restricted %s in or with a path to the core; %d %s%n", model, problems, problems == 1 ? "device" : "devices",
				proposals.size(), proposals.size() == 1 ? "proposal" : "proposals");
		for (int i = 0; i < proposals.size(); i++) {
			out.println();
			print(i + 1, proposals.get(i), ids);
		}
	}

	void print(int rank, Proposal proposal, ElementIds ids) {
		out.printf("#%d %s (%s): %s%n", rank, proposal.id(), proposal.kind(), proposal.title());
		out.printf("  cost: %s; %s%n", proposal.cost().describe(), proposal.feasible() ? "feasible" : "INFEASIBLE");
		if (proposal.rationale() != null) {
			out.printf("  why: %s%n", proposal.rationale());
		}
		out.println("  changes:");
		for (ModelEdit edit : proposal.edits()) {
			out.printf("    - %s%n", edit.describe(ids));
		}
		Verification verification = proposal.verification();
		out.printf("  verified: removes %d, leaves %d, adds %d restricted %s in or to the core%n", verification.removed().size(),
				verification.remaining().size(), verification.introduced().size(),
				verification.remaining().size() + verification.introduced().size() == 1 ? "device" : "devices");
		for (Verification.FlowStatus flow : verification.flows()) {
			out.printf("    required flow '%s': %s%n", flow.name(), flow.broken() ? "BROKEN"
					: flow.after() ? "works" : "did not work before either");
		}
		for (Verification.ZoneChange change : verification.zoneChanges()) {
			out.printf("    zone %s -> %s: %s%n", change.from(), change.to(), change.after() ? "now reachable" : "no longer reachable");
		}
	}
}
