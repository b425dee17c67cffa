package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.report.findings.FindingsSarif;

/** check and propose as SARIF for code scanning: located under a source root, kept apart by category, compared with a baseline. */
class SarifCommandTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");

	@TempDir
	Path dir;

	@Test
	void checkWritesByDefaultTheLogTheApplicationExports() throws Exception {
		Path model = Files.copy(HQ, dir.resolve("hq.netreview"));
		Path written = dir.resolve("cli.sarif");
		CliRun run = CliRun.of("check", model.toString(), "--format", "sarif", "--output", written.toString());
		assertEquals(1, run.code(), run.err());
		// what File > Export > Findings (SARIF) writes for the saved model, named by its full path
		String exported = FindingsSarif.of(model.toAbsolutePath(), Analyzer.standard().analyze(ModelFiles.loadNetwork(model)));
		assertArrayEquals(exported.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(written));
	}

	@Test
	void aSourceRootMakesTheLocationsRelativeToIt() throws IOException {
		CliRun run = CliRun.of("check", HQ.toString(), "--format", "sarif", "--source-root", "../../examples");
		assertEquals(1, run.code(), run.err());
		JsonObject log = run(run.out());
		assertEquals("netreview/check/hq.netreview/", log.getAsJsonObject("automationDetails").get("id").getAsString());
		JsonObject artifact = log.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
		assertEquals("hq.netreview", artifact.get("uri").getAsString());
		assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
		assertEquals(Path.of("../../examples").toRealPath().toUri().toString(),
				log.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString());

		CliRun outside = CliRun.of("check", HQ.toString(), "--format", "sarif", "--source-root", dir.toString());
		assertEquals(2, outside.code());
		assertTrue(outside.err().startsWith("netreview: " + HQ + " is not inside " + dir), outside.err());
		CliRun missing = CliRun.of("check", HQ.toString(), "--format", "sarif", "--source-root", dir.resolve("nowhere").toString());
		assertEquals(2, missing.code());
		assertTrue(missing.err().startsWith("netreview: " + dir.resolve("nowhere") + ": no such directory (--source-root)\n"), missing.err());
		CliRun json = CliRun.of("check", HQ.toString(), "--format", "json", "--source-root", "../..");
		assertEquals(2, json.code());
		assertTrue(json.err().startsWith("netreview: --source-root is only used with --format sarif\n"), json.err());
	}

	@Test
	void proposeWritesItsLogToOutputUnderItsOwnCategory() throws IOException {
		Path written = dir.resolve("propose.sarif");
		CliRun run = CliRun.of("propose", HQ.toString(), "--format", "sarif", "--output", written.toString());
		assertEquals(0, run.code(), run.err());
		assertEquals("", run.out());
		JsonObject log = run(Files.readString(written));
		assertTrue(log.getAsJsonObject("automationDetails").get("id").getAsString().startsWith("netreview/propose/"), log.toString());
		assertTrue(Files.readString(written).contains("\"fixes\""), "the best proposal is a fix");
	}

	@Test
	void aBaselineMarksEachResultAndKeepsWhatIsGoneAsAbsent() throws IOException {
		Path model = Files.copy(HQ, dir.resolve("hq.netreview"));
		Path old = dir.resolve("old.sarif");
		assertEquals(1, CliRun.of("check", model.toString(), "--as-of", "2026-11-29", "--format", "sarif", "--output", old.toString()).code());
		Files.writeString(model, Files.readString(model).replace("expiry=\"2025-12-31\"", "expiry=\"2027-12-31\""));
		CliRun run = CliRun.of("check", model.toString(), "--as-of", "2026-11-29", "--format", "sarif", "--baseline", old.toString());
		assertEquals(1, run.code(), run.err());
		Map<String, String> states = new HashMap<>();
		int unchanged = 0;
		for (JsonElement element : run(run.out()).getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			String state = result.get("baselineState").getAsString();
			unchanged += state.equals("unchanged") ? 1 : 0;
			if (!state.equals("unchanged")) {
				states.put(result.get("ruleId").getAsString() + " " + result.getAsJsonArray("locations").get(0).getAsJsonObject()
						.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name").getAsString(), state);
			}
		}
		assertEquals(Map.of("WAIVER_EXPIRED waiver-2", "absent", "RESTRICTED_ON_SENSITIVE_SITE cam-entrance-02", "updated"), states);
		assertEquals(run(Files.readString(old)).getAsJsonArray("results").size() - 2, unchanged);
	}

	@Test
	void aBaselineThatIsNoNetReviewLogIsRefusedNamingIt() throws IOException {
		Path other = Files.writeString(dir.resolve("eslint.sarif"), "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"ESLint\"}}}]}");
		CliRun run = CliRun.of("check", HQ.toString(), "--format", "sarif", "--baseline", other.toString());
		assertEquals(2, run.code());
		assertEquals("netreview: " + other + ": no run of NetReview in it (runs: 1); give a log netreview check wrote\n", run.err());
		Path cut = Files.writeString(dir.resolve("cut.sarif"), "{\"version\": \"2.1.0\",\n  \"runs\": [");
		CliRun broken = CliRun.of("check", HQ.toString(), "--format", "sarif", "--baseline", cut.toString());
		assertEquals(2, broken.code());
		assertTrue(broken.err().startsWith("netreview: " + cut + ":2:"), broken.err());
		CliRun missing = CliRun.of("check", HQ.toString(), "--format", "sarif", "--baseline", dir.resolve("nope.sarif").toString());
		assertEquals("netreview: " + dir.resolve("nope.sarif") + ": no such file\n", missing.err());
		CliRun text = CliRun.of("check", HQ.toString(), "--baseline", other.toString());
		assertTrue(text.err().startsWith("netreview: --baseline is only used with --format sarif\n"), text.err());
	}

	private static JsonObject run(String sarif) {
		return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
	}
}
