package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.io.IdAssigner;
import io.github.netreview.model.topology.Network;

/**
 * Computes the segmentation proposals for a network: each planner drafts a change set, re-analysis of a copy keeps
 * only those that remove every restricted device from the core and from every path to it, and the rest are ranked
 * feasible first (no required flow broken), then by cost weight. The network itself is not changed, except that
 * elements without an id get one, since change sets name elements by id.
 */
public final class Proposer {

	private final Analyzer analyzer;
	private final List<Planner> planners;

	public Proposer(Analyzer analyzer) {
		this.analyzer = analyzer;
		planners = List.of(new IsolationPlanner(), new DenyRulePlanner(analyzer), new MinimumCutPlanner(),
				new FirewallInsertionPlanner(), new ReplacementPlanner());
	}

	/** The verified proposals, best first; empty when nothing is in or reaches the core. */
	public List<Proposal> propose(Network network) {
		return propose(assess(network));
	}

	/** The network's assessment as proposals start from it (elements without an id get one first). */
	public Assessment assess(Network network) {
		IdAssigner.assignMissing(network);
		return Assessment.of(network, analyzer);
	}

	/** The verified proposals for an assessment made by {@link #assess}, best first. */
	public List<Proposal> propose(Assessment before) {
		Network network = before.network();
		if (before.coreProblems().isEmpty()) {
			return List.of();
		}
		Verifier verifier = new Verifier(analyzer);
		ElementIds ids = ElementIds.of(network);
		List<Proposal> proposals = new ArrayList<>();
		for (Planner planner : planners) {
			try {
				Optional<Planner.Draft> draft = planner.plan(before);
				if (draft.isPresent()) {
					Planner.Draft made = draft.get();
					Proposal proposal = verified(new ProposalFiles.Saved(network.getId(), planner.kind().name().toLowerCase(Locale.ROOT)
							.replace('_', '-'), planner.kind(), made.title(), made.rationale(), made.edits()), before, verifier, ids);
					if (proposal.verification().effective()) {
						proposals.add(proposal);
					}
				}
			} catch (ProposalException e) {
				// a draft that does not apply to its own network is a planner's blind spot: offer the others
			}
		}
		rank(proposals);
		return proposals;
	}

	private static Proposal verified(ProposalFiles.Saved change, Assessment before, Verifier verifier, ElementIds ids) {
		Verification verification = verifier.verify(before, change.edits());
		return new Proposal(change.id(), change.kind(), change.title(), change.rationale(), change.edits(),
				Costs.of(change.edits(), ids, verification.broken().size()), verification);
	}

	/** A saved proposal checked against {@code network} as it is now: its cost and what re-analysis shows it does. */
	public Proposal verify(Network network, ProposalFiles.Saved saved) {
		IdAssigner.assignMissing(network);
		return verified(saved, Assessment.of(network, analyzer), new Verifier(analyzer), ElementIds.of(network));
	}

	private static void rank(List<Proposal> proposals) {
		proposals.sort(Comparator.comparing((Proposal p) -> !p.feasible()).thenComparingInt(p -> p.cost().weight())
				.thenComparing(p -> p.kind().ordinal()));
	}
}
