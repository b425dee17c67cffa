package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;

/** On each example network every proposal offered is verified, and the best one applies, works and undoes exactly. */
class ExampleProposalsTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());

	private static Network load(String name) throws IOException {
		return ModelFiles.loadNetwork(Path.of("../../examples").resolve(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "hq.netreview", "regional-office.netreview" })
	void bestProposalRemovesEveryCorePathAndUndoesExactly(String example) throws IOException {
		Network network = load(example);
		Network original = EcoreUtil.copy(network);
		List<Proposal> proposals = new Proposer(ANALYZER).propose(network);
		assertFalse(proposals.isEmpty());
		assertTrue(EcoreUtil.equals(original, network), "proposing must not change the network");
		for (Proposal proposal : proposals) {
			assertTrue(proposal.verification().effective(), proposal.id());
			assertEquals(proposal.verification().broken().size() + proposal.verification().brokenInferred().size(), proposal.cost().brokenFlows(),
					proposal.id());
		}
		Proposal best = proposals.get(0);
		assertTrue(best.feasible(), best.id() + " should be feasible");

		ChangeDescription change = ProposalApplier.apply(network, best.edits());
		Assessment after = Assessment.of(network, ANALYZER);
		assertEquals(List.of(), after.result().findings().stream()
				.filter(f -> f.rule() == Rule.RESTRICTED_PATH_TO_CORE || f.rule() == Rule.RESTRICTED_DEVICE_IN_CORE).toList());
		Assessment before = Assessment.of(original, ANALYZER);
		for (int i = 0; i < network.getRequiredFlows().size(); i++) {
			RequiredFlow flow = network.getRequiredFlows().get(i);
			if (before.works(original.getRequiredFlows().get(i))) {
				assertTrue(after.works(flow), flow.getName() + " must still work");
			}
		}
		Network applied = EcoreUtil.copy(network);

		change.applyAndReverse();
		assertTrue(EcoreUtil.equals(original, network), "undo must restore the network exactly");
		change.applyAndReverse();
		assertTrue(EcoreUtil.equals(applied, network), "redo must make the same change again");
	}

	@ParameterizedTest
	@ValueSource(strings = { "hq.netreview", "regional-office.netreview" })
	void rankingIsFeasibleFirstThenByWeight(String example) throws IOException {
		List<Proposal> proposals = new Proposer(ANALYZER).propose(load(example));
		for (int i = 1; i < proposals.size(); i++) {
			Proposal previous = proposals.get(i - 1);
			Proposal next = proposals.get(i);
			assertTrue(previous.feasible() && !next.feasible()
					|| previous.feasible() == next.feasible() && previous.cost().weight() <= next.cost().weight(),
					previous.id() + " ranked before " + next.id());
		}
	}
}
