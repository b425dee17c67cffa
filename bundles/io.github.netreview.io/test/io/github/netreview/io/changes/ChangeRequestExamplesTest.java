package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/**
 * Every edit of every proposal for the example networks is in the change request: a row of the neutral table, and at
 * least one IOS line or explicit {@code !} comment in the configuration and in the rollback.
 */
class ChangeRequestExamplesTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

	static Stream<Arguments> proposals() throws Exception {
		Stream.Builder<Arguments> all = Stream.builder();
		for (String example : List.of("hq", "regional-office")) {
			Network network = (Network) ModelFiles.load(Path.of("../../examples/" + example + ".netreview")).getContents().get(0);
			for (Proposal proposal : new Proposer(new Analyzer(AS_OF, IeeeRegistry.system())).propose(network)) {
				all.add(Arguments.of(example + " " + proposal.id(), network, proposal));
			}
		}
		return all.build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("proposals")
	void everyEditIsInTheTableAndHasALineInTheChangeAndTheRollback(String label, Network network, Proposal proposal) {
		ChangeRequest request = ChangeRequestBuilder.build(network, proposal, AS_OF);
		int edits = proposal.edits().size();
		assertEquals(edits, request.changes().size(), "one row per edit");
		assertEquals(edits, request.rollbackChanges().size(), "one rollback row per edit");
		for (int edit = 0; edit < edits; edit++) {
			assertEquals(edit, request.changes().get(edit).edit());
			assertTrue(carries(request.configuration(), edit), label + ": no configuration line for edit " + edit + ": " + proposal.edits().get(edit));
			assertTrue(carries(request.rollback(), edit), label + ": no rollback line for edit " + edit + ": " + proposal.edits().get(edit));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("proposals")
	void everyLineIsVisibleAndNoCommandIsForgotten(String label, Network network, Proposal proposal) {
		ChangeRequest request = ChangeRequestBuilder.build(network, proposal, AS_OF);
		for (DeviceConfig device : Stream.concat(request.configuration().stream(), request.rollback().stream()).toList()) {
			for (ConfigLine line : device.lines()) {
				assertFalse(line.text().contains("\n") || line.text().isBlank(), label + ": " + line);
			}
			List<String> texts = device.lines().stream().map(ConfigLine::text).toList();
			assertEquals(texts.contains("configure terminal"), texts.contains("end"), label + ": " + texts);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("proposals")
	void theConfigurationAloneIsTheTextsConfigurationSectionWithoutTheRollback(String label, Network network, Proposal proposal) {
		ChangeRequest request = ChangeRequestBuilder.build(network, proposal, AS_OF);
		String configuration = ChangeRequestText.configuration(request);
		String text = ChangeRequestText.of(request);
		String section = text.substring(text.indexOf("== Configuration"), text.indexOf("== Changes"));
		assertEquals(section.substring(section.indexOf("\n\n") + 2).strip(), configuration.strip(), label);
		assertTrue(configuration.startsWith("! ---- "), label + ": " + configuration);
	}

	private static boolean carries(List<DeviceConfig> devices, int edit) {
		return devices.stream().flatMap(device -> device.lines().stream()).anyMatch(line -> line.edit() == edit);
	}
}
