package io.github.netreview.analysis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/** Proposals survive a save and load, and a bad or stale one fails clearly without touching the network. */
class ProposalFilesTest {

	private static final Analyzer ANALYZER = new Analyzer(Fixture.TODAY, IeeeRegistry.system());

	@TempDir
	Path directory;

	private static Network regional() throws IOException {
		return ModelFiles.loadNetwork(Path.of("../../examples/regional-office.netreview"));
	}

	@Test
	void everyProposalRoundTrips() throws IOException {
		Network network = regional();
		for (Proposal proposal : new Proposer(ANALYZER).propose(network)) {
			Path file = directory.resolve(proposal.id() + ".proposal.json");
			ProposalFiles.save(proposal, network.getId(), file);
			ProposalFiles.Saved saved = ProposalFiles.load(file);
			assertEquals(proposal.edits(), saved.edits());
			assertEquals(proposal.kind(), saved.kind());
			assertEquals(network.getId(), saved.network());
			assertEquals(ProposalFiles.toJson(proposal, network.getId()), Files.readString(file), "deterministic text");
		}
	}

	@Test
	void malformedFilesNameTheFileAndThePlace() throws IOException {
		Path file = directory.resolve("bad.proposal.json");
		Files.writeString(file, "{\"format\":\"netreview-proposal/1\",\"network\":\"n\",\"id\":\"x\",\"kind\":\"ISOLATE\","
				+ "\"title\":\"t\",\"edits\":[{\"op\":\"set\",\"element\":\"a\",\"feature\":\"b\"},{\"op\":\"set\",\"feature\":\"b\"}]}");
		IOException error = assertThrows(IOException.class, () -> ProposalFiles.load(file));
		assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("edits[1]: missing 'element'"), error.getMessage());

		Files.writeString(file, "{\"format\": ");
		error = assertThrows(IOException.class, () -> ProposalFiles.load(file));
		assertTrue(error.getMessage().startsWith(file + ": not a proposal file"), error.getMessage());
	}

	@Test
	void aStaleProposalFailsAndLeavesTheNetworkAsItWas() throws IOException {
		Network network = regional();
		Proposal cut = new Proposer(ANALYZER).propose(network).stream().filter(p -> p.kind() == ProposalKind.MINIMUM_CUT).findFirst()
				.orElseThrow();
		SetValue first = (SetValue) cut.edits().get(0);
		var stale = new ArrayList<ModelEdit>();
		stale.add(new SetValue("dev-leeds-cam-01", "model", "IPC-HDW2441T-S", "new model")); // applies
		stale.add(new SetValue(first.element(), first.feature(), "false", "true")); // expects a state the network is not in
		Network before = EcoreUtil.copy(network);
		ProposalException error = assertThrows(ProposalException.class, () -> ProposalApplier.apply(network, stale));
		assertTrue(error.getMessage().contains("has enabled 'true', the proposal expects 'false'"), error.getMessage());
		assertTrue(EcoreUtil.equals(before, network), "the first edit is rolled back");

		assertThrows(ProposalException.class,
				() -> ProposalApplier.apply(network, List.of(new DeleteElement("no-such-element"))));
		assertTrue(EcoreUtil.equals(before, network));
	}
}
