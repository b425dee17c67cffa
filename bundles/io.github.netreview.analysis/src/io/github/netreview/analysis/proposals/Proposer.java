package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.edit.UnknownElementException;
import io.github.netreview.model.io.IdAssigner;
import io.github.netreview.model.topology.Network;

/**
 * Computes the segmentation proposals for a network: each planner drafts a change set, verification on the network
 * itself (each change tried and undone) keeps those that remove every restricted device from the core and from every
 * path to it, and the rest are ranked feasible first (no required or inferred flow broken, no innocent device cut
 * off unless that is allowed), then by cost weight. The network is left as it was, except that elements without an
 * id get one, since change sets name elements by id.
 */
public final class Proposer {

	private final Analyzer analyzer;
	private final boolean allowCollateral;
	private final List<Planner> planners;

	public Proposer(Analyzer analyzer) {
		this(analyzer, false);
	}

	/**
	 * A proposer that, with {@code allowCollateral}, ranks a proposal that cuts innocent devices off something they
	 * reached by its (heavy) cost instead of calling it infeasible.
	 */
	public Proposer(Analyzer analyzer, boolean allowCollateral) {
		this.analyzer = analyzer;
		this.allowCollateral = allowCollateral;
		planners = List.of(new IsolationPlanner(), new DenyRulePlanner(), new MinimumCutPlanner(), new FirewallInsertionPlanner(),
				new ReplacementPlanner());
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
		if (before.coreProblems().isEmpty()) {
			return List.of();
		}
		Network network = before.network();
		ProposalTrials trials = new ProposalTrials(before, ElementIds.of(network));
		Verifier.Context context = Verifier.Context.of(before);
		Verifier verifier = new Verifier(analyzer);
		List<Proposal> proposals = new ArrayList<>();
		for (Planner planner : planners) {
			try {
				Optional<Planner.Draft> draft = planner.plan(trials.assessment(), trials);
				if (draft.isPresent()) {
					Planner.Draft made = draft.get();
					Proposal proposal = verified(new ProposalFiles.Saved(network.getId(), planner.kind().name().toLowerCase(Locale.ROOT)
							.replace('_', '-'), planner.kind(), made.title(), made.rationale(), made.edits()), trials, verifier, context);
					if (proposal.verification().effective()) {
						proposals.add(proposal);
					}
				}
			} catch (ProposalException | UnknownElementException e) {
				// a draft that does not apply to its own network is a planner's blind spot: offer the others
			}
		}
		rank(proposals);
		return proposals;
	}

	private Proposal verified(ProposalFiles.Saved change, ProposalTrials trials, Verifier verifier, Verifier.Context context) {
		Verification verification = verifier.verify(trials, change.edits(), context, allowCollateral);
		return new Proposal(change.id(), change.kind(), change.title(), change.rationale(), change.edits(),
				Costs.of(change.edits(), trials.ids(), verification), verification);
	}

	/** A saved proposal checked against {@code network} as it is now: its cost and what verification shows it does. */
	public Proposal verify(Network network, ProposalFiles.Saved saved) {
		Assessment before = assess(network);
		ProposalTrials trials = new ProposalTrials(before, ElementIds.of(network));
		return verified(saved, trials, new Verifier(analyzer), Verifier.Context.of(before));
	}

	private static void rank(List<Proposal> proposals) {
		proposals.sort(Comparator.comparing((Proposal p) -> !p.feasible()).thenComparingInt(p -> p.cost().weight())
				.thenComparing(p -> p.kind().ordinal()));
	}
}
