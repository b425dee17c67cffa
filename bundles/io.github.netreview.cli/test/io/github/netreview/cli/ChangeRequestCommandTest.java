package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code propose --format change-request}: which proposal, where it is written, and what is refused. */
class ChangeRequestCommandTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");
	private static final Path OFFICE = Path.of("../../examples/regional-office.netreview");

	@Test
	void printsTheChangeRequestForTheBestProposal() {
		CliRun run = CliRun.of("propose", HQ.toString(), "--format", "change-request", "--as-of", "2026-11-29");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("Change request: proposal deny-rule (DENY_RULE) for Department for Example Affairs - Headquarters\n"), run.out());
		assertTrue(run.out().contains("Date:      2026-11-29\n"), run.out());
		assertTrue(run.out().contains("interface Vlan30\n ip access-group NETREVIEW-deny-rule in\n"), run.out());
	}

	@Test
	void writesTheChangeRequestForAChosenProposalToOutput(@TempDir Path dir) throws IOException {
		Path output = dir.resolve("cr.md");
		CliRun run = CliRun.of("propose", OFFICE.toString(), "--format", "change-request-md", "--proposal", "deny-rule", "--output",
				output.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("Wrote the change request for proposal deny-rule to " + output + "\n", run.out());
		String markdown = Files.readString(output);
		assertTrue(markdown.startsWith("# Change request: proposal deny\\-rule") || markdown.startsWith("# Change request: proposal deny-rule"), markdown);
		assertTrue(markdown.contains("ip access-list extended NETREVIEW-deny-rule\n"), markdown);
	}

	@Test
	void takesASavedProposal(@TempDir Path dir) {
		Path saved = dir.resolve("cut.proposal.json");
		Path changed = dir.resolve("changed.netreview");
		assertEquals(0, CliRun.of("propose", OFFICE.toString(), "--apply", "minimum-cut", "--output", changed.toString(), "--save",
				saved.toString()).code());
		CliRun run = CliRun.of("propose", OFFICE.toString(), "--format", "change-request-html", "--proposal", saved.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("<!DOCTYPE html>") && run.out().contains("interface Gi0/1/0\n") && run.out().contains("\n shutdown\n"),
				run.out());
	}

	@Test
	void refusesApplyAndAProposalForOtherFormats() {
		CliRun apply = CliRun.of("propose", HQ.toString(), "--format", "change-request", "--apply", "best", "--output", "x.netreview");
		assertEquals(2, apply.code());
		assertTrue(apply.err().contains("choose it with --proposal, not --apply"), apply.err());
		CliRun text = CliRun.of("propose", HQ.toString(), "--proposal", "best");
		assertEquals(2, text.code());
		assertTrue(text.err().contains("--proposal is only used with --format change-request"), text.err());
		CliRun unknown = CliRun.of("propose", HQ.toString(), "--format", "change-request", "--proposal", "nope");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("--proposal 'nope': no such proposal (offered: deny-rule, minimum-cut, insert-firewall, replace, isolate)"),
				unknown.err());
	}

	@Test
	void neverOverwritesTheModelAndAFileOnlyWithForce(@TempDir Path dir) throws IOException {
		Path model = Files.copy(HQ, dir.resolve("hq.netreview"));
		byte[] original = Files.readAllBytes(model);
		CliRun onModel = CliRun.of("propose", model.toString(), "--format", "change-request", "--output", model.toString(), "--force");
		assertEquals(2, onModel.code());
		assertArrayEquals(original, Files.readAllBytes(model));
		Path output = Files.writeString(dir.resolve("cr.txt"), "kept");
		assertEquals(2, CliRun.of("propose", model.toString(), "--format", "change-request", "--output", output.toString()).code());
		assertEquals("kept", Files.readString(output));
		assertEquals(0, CliRun.of("propose", model.toString(), "--format", "change-request", "--output", output.toString(), "--force").code());
		assertFalse(Files.readString(output).equals("kept"));
	}
}
