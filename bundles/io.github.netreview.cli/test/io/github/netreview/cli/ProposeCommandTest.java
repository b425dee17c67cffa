package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposeCommandTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");
	private static final Path OFFICE = Path.of("../../examples/regional-office.netreview");

	@Test
	void listsRankedVerifiedProposals() {
		CliRun result = CliRun.of("propose", HQ.toString());
		assertEquals(0, result.code(), result.err());
		assertTrue(result.out().startsWith(HQ + ": 1 restricted device in or with a path to the core; 5 proposals\n"), result.out());
		assertTrue(result.out().contains("#1 deny-rule (DENY_RULE): Deny 2 restricted flows at interface 'core-sw-01 Vlan30' (dev-core-sw-01.Vlan30)\n"
				+ "  cost: 3 changes (2 rules added, 1 element added), weight 3; feasible\n"), result.out());
		assertTrue(result.out().contains(", ingress interface 'core-sw-01 Vlan30' (dev-core-sw-01.Vlan30)"), result.out());
		assertTrue(result.out().contains("    required flow 'Cameras stream to the NVR': works"), result.out());
		assertTrue(result.out().contains("  inferred flows: none\n  collateral: none\n"), result.out());
		assertTrue(result.out().contains("(MINIMUM_CUT)"), result.out());
	}

	@Test
	void theIsolationThatStrandsTheLobbyCameraIsInfeasibleForTheCamera() {
		CliRun result = CliRun.of("propose", HQ.toString());
		String isolate = result.out().substring(result.out().indexOf("(ISOLATE)"));
		assertTrue(isolate.contains("INFEASIBLE"), isolate);
		assertTrue(isolate.contains("    - set addresses of interface 'cam-lobby-02 eth0' (dev-cam-lobby-02.eth0) from '10.10.30.108/24' to '10.10.40.2/24'"),
				isolate);
		assertTrue(isolate.contains("    required flow 'Cameras stream to the NVR': BROKEN\n      for cam-lobby-02 (dev-cam-lobby-02): BROKEN"), isolate);
	}

	@Test
	void withoutACoreZoneNoProposalIsNoAllClear(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("no-core.netreview");
		Files.writeString(model, Files.readString(HQ).replace("kind=\"CORE\"", "kind=\"USER\"").replace("core=\"true\"", "core=\"false\""));
		CliRun text = CliRun.of("propose", model.toString());
		assertEquals(1, text.code(), text.out());
		assertTrue(text.out().contains("0 proposals") && text.out().contains("NOT JUDGED: 1 network without a core zone"), text.out());
		CliRun json = CliRun.of("propose", model.toString(), "--format", "json");
		assertEquals(1, json.code());
		assertTrue(json.err().contains("not judged: 1 network without a core zone"), json.err());
		CliRun request = CliRun.of("propose", model.toString(), "--format", "change-request");
		assertEquals(2, request.code());
		assertTrue(request.err().contains("there is no proposal for a change request: the network could not be judged (1 network without a core zone"),
				request.err());
	}

	@Test
	void theOfficeUplinkCutIsRankedLastAndNamesWhomItCutsOff() {
		CliRun result = CliRun.of("propose", OFFICE.toString());
		assertEquals(0, result.code(), result.err());
		String last = result.out().substring(result.out().lastIndexOf("\n#"));
		assertTrue(last.contains("(MINIMUM_CUT)") && last.contains("INFEASIBLE"), last);
		assertTrue(last.contains("  collateral: 5 devices cut off (INFEASIBLE unless allowed with --allow-collateral): leeds-ws-01 (dev-leeds-ws-01) loses zone"),
				last);
		assertFalse(result.out().contains("BROKEN"), "the router in the cameras' segment forwards their flow; it is no party to it: " + result.out());
	}

	@Test
	void theOfficeIsolationTakesTheRecorderAlongAndTheFlowFollowsItsParties() {
		CliRun result = CliRun.of("propose", OFFICE.toString());
		assertEquals(0, result.code(), result.err());
		String isolate = result.out().substring(result.out().indexOf("(ISOLATE)"));
		isolate = isolate.substring(0, isolate.indexOf("\n#"));
		assertTrue(isolate.contains("; feasible\n"), isolate);
		assertTrue(isolate.contains("set accessVlan of interface 'sw-leeds-01 Gi1/0/16' (dev-sw-leeds-01.Gi1-0-16) from '40' to '900'"), isolate);
		assertTrue(isolate.contains("set source of required flow 'Cameras stream to the recorder' (flow-leeds-cctv-nvr) from segment 'CCTV'"), isolate);
		assertTrue(isolate.contains("required flow 'Cameras stream to the recorder': works"), isolate);
		assertFalse(isolate.contains("no way through switches"), "the recorder moves into the new segment with its cameras: " + isolate);
	}

	@Test
	void allowingCollateralWeighsItInstead() {
		CliRun result = CliRun.of("propose", OFFICE.toString(), "--allow-collateral", "--format", "json");
		assertEquals(0, result.code(), result.err());
		assertTrue(result.out().contains("\"collateralAllowed\": true"), result.out());
		assertTrue(result.out().contains("\"collateralDevices\": 5"), result.out());
	}

	@Test
	void applyingTheBestWritesANewFileWhoseCheckHasNoCorePath(@TempDir Path dir) throws IOException {
		Path model = Files.copy(OFFICE, dir.resolve("office.netreview"));
		byte[] original = Files.readAllBytes(model);
		Path changed = dir.resolve("changed.netreview");
		Path proposal = dir.resolve("best.proposal.json");
		CliRun applied = CliRun.of("propose", model.toString(), "--apply", "best", "--output", changed.toString(), "--save",
				proposal.toString());
		assertEquals(0, applied.code(), applied.err());
		assertTrue(applied.out().contains("Wrote " + changed + " with proposal deny-rule applied"), applied.out());
		assertArrayEquals(original, Files.readAllBytes(model), "MODEL is left as it was");

		CliRun before = CliRun.of("check", model.toString());
		CliRun after = CliRun.of("check", changed.toString());
		assertTrue(before.out().contains("RESTRICTED_PATH_TO_CORE"), before.out());
		assertFalse(after.out().contains("RESTRICTED_PATH_TO_CORE"), after.out());
		assertFalse(after.out().contains("RESTRICTED_DEVICE_IN_CORE"), after.out());

		Path again = dir.resolve("again.netreview");
		CliRun fromFile = CliRun.of("propose", model.toString(), "--apply", proposal.toString(), "--output", again.toString());
		assertEquals(0, fromFile.code(), fromFile.err());
		assertArrayEquals(Files.readAllBytes(changed), Files.readAllBytes(again), "the saved proposal makes the same change");

		CliRun stale = CliRun.of("propose", changed.toString(), "--apply", proposal.toString(), "--output",
				dir.resolve("stale.netreview").toString());
		assertEquals(2, stale.code());
		assertTrue(stale.err().contains("the network already has an element with id 'dev-rtr-leeds-01-acl'"), stale.err());
		assertFalse(Files.exists(dir.resolve("stale.netreview")));
	}

	@Test
	void neverOverwritesWithoutForce(@TempDir Path dir) throws IOException {
		Path model = Files.copy(OFFICE, dir.resolve("office.netreview"));
		CliRun self = CliRun.of("propose", model.toString(), "--apply", "best", "--output", model.toString());
		assertEquals(2, self.code());
		assertTrue(self.err().contains("is MODEL itself; use --force"), self.err());
		CliRun unknown = CliRun.of("propose", model.toString(), "--apply", "nonsense", "--output", dir.resolve("x.netreview").toString());
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("no such proposal (offered: deny-rule, isolate, insert-firewall, replace, minimum-cut)"), unknown.err());
		CliRun noOutput = CliRun.of("propose", model.toString(), "--apply", "best");
		assertEquals(2, noOutput.code());
		assertTrue(noOutput.err().contains("--apply needs --output"), noOutput.err());
	}

	@Test
	void aBadProposalFileIsExplainedWithoutTheParsersText(@TempDir Path dir) throws IOException {
		String start = "{\"format\": \"netreview-proposal/1\", ";
		assertRefused(Files.writeString(dir.resolve("cut.proposal.json"), start + "\"id\": \"x"), ": not a proposal file: not JSON (");
		assertRefused(Files.writeString(dir.resolve("object.proposal.json"), start + "\"kind\": {\"a\": 1}}"),
				": not a proposal file: a value that should be text is a list, an object or null");
		Path latin1 = Files.write(dir.resolve("latin1.proposal.json"), (start + "\"title\": \"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1));
		assertRefused(latin1, ":1: not UTF-8 text (byte 0xE9");
	}

	private static void assertRefused(Path proposal, String problem) {
		Path output = proposal.resolveSibling("applied.netreview");
		CliRun run = CliRun.of("propose", OFFICE.toString(), "--apply", proposal.toString(), "--output", output.toString());
		assertEquals(2, run.code(), run.err());
		assertTrue(run.err().startsWith("netreview: " + proposal + problem), run.err());
		assertFalse(run.err().matches("(?s).*(Exception|JsonObject|JsonNull|java\\.|cannot read or write).*"), run.err());
		assertFalse(Files.exists(output));
	}
}
