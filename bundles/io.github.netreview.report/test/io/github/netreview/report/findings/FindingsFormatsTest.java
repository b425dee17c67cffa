package io.github.netreview.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.report.BaselineEdits;

/**
 * Findings as JSON, SARIF and text: valid SARIF 2.1.0 (with the best proposal as a fix, with baseline states) located
 * for code scanning, stable fingerprints, deterministic output, the zone policy.
 */
class FindingsFormatsTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");
	private static final Path OFFICE = Path.of("../../examples/regional-office.netreview");

	@Test
	void sarifValidatesAgainstTheOfficialSchema() throws IOException {
		String sarif = sarif(HQ);
		assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(sarif)));

		JsonObject first = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")
				.get(0).getAsJsonObject();
		assertEquals("RESTRICTED_PATH_TO_CORE", first.get("ruleId").getAsString());
		assertEquals("error", first.get("level").getAsString());
		JsonObject location = first.getAsJsonArray("locations").get(0).getAsJsonObject();
		assertEquals("cam-lobby-02", location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name").getAsString());
		int line = location.getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt();
		assertTrue(Files.readAllLines(HQ).get(line - 1).contains("id=\"dev-cam-lobby-02\""), "the region is the device's line");
		assertTrue(first.has("codeFlows"), "the path is a code flow");
		assertTrue(sarif.contains("\"suppressions\""), "the waived finding is suppressed, not dropped");
		assertFalse(sarif.contains("baselineState"), "without a baseline no result has a baseline state");
	}

	@Test
	void sarifLocatesTheModelUnderTheSourceRootForCodeScanning() throws IOException {
		JsonObject run = run(FindingsSarif.check(SarifArtifact.of(HQ, Path.of("../..")), analysis(HQ), SarifBaseline.NONE));
		JsonObject artifact = run.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
		assertEquals("examples/hq.netreview", artifact.get("uri").getAsString(), "relative to the source root, not ../../");
		assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
		String root = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString();
		assertEquals(Path.of("../..").toRealPath().toUri().toString(), root);
		assertTrue(root.startsWith("file:///") && root.endsWith("/"), root);
		assertEquals("netreview/check/examples/hq.netreview/", run.getAsJsonObject("automationDetails").get("id").getAsString());
		assertEquals(sarif(HQ), FindingsSarif.of(HQ.toAbsolutePath(), analysis(HQ)), "the same log whichever way the model is named");
	}

	@Test
	void everyRuleHasASecuritySeverityInItsBandAndHelpInTheReadme() throws IOException {
		String readme = Files.readString(Path.of("../../README.md"));
		Map<String, JsonObject> rules = new HashMap<>();
		run(sarif(HQ)).getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
				.forEach(rule -> rules.put(rule.getAsJsonObject().get("id").getAsString(), rule.getAsJsonObject()));
		assertEquals(Rule.values().length, rules.size());
		for (Rule rule : Rule.values()) {
			JsonObject descriptor = rules.get(rule.name());
			double score = Double.parseDouble(descriptor.getAsJsonObject("properties").get("security-severity").getAsString());
			double[] band = switch (rule.severity()) {
			case CRITICAL -> new double[] { 9.0, 10.0 };
			case ERROR -> new double[] { 7.0, 8.9 };
			case WARNING -> new double[] { 4.0, 6.9 };
			case INFO -> new double[] { 0.1, 3.9 };
			};
			assertTrue(score >= band[0] && score <= band[1], rule + ": " + score);
			String help = descriptor.get("helpUri").getAsString();
			assertEquals(SarifRules.HELP_BASE + "#" + SarifRules.anchor(rule), help);
			assertTrue(readme.contains("<a id=\"" + SarifRules.anchor(rule) + "\"></a>`" + rule.name() + "`"), "README has no anchor for " + rule);
		}
	}

	@Test
	void aBaselineMarksEveryResultAndTheLogStaysValid(@TempDir Path dir) throws IOException {
		String baseline = sarif(HQ);
		Path edited = dir.resolve("hq.netreview");
		Files.writeString(edited, BaselineEdits.apply(Files.readString(HQ)));
		SarifArtifact artifact = SarifArtifact.of(edited, dir);
		String sarif = FindingsSarif.check(artifact, analysis(edited), SarifBaseline.parse("old.sarif", baseline, artifact.automationId("check")));
		assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(sarif)));
		Map<String, Integer> states = new HashMap<>();
		JsonObject absent = null;
		for (var element : run(sarif).getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			states.merge(result.get("baselineState").getAsString(), 1, Integer::sum);
			absent = result.get("baselineState").getAsString().equals("absent") ? result : absent;
		}
		assertEquals(Set.of("new", "unchanged", "updated", "absent"), states.keySet(), states.toString());
		assertEquals("WAIVER_EXPIRED", absent.get("ruleId").getAsString());
		assertEquals(Rule.WAIVER_EXPIRED.ordinal(), absent.get("ruleIndex").getAsInt());
		int before = run(baseline).getAsJsonArray("results").size();
		assertEquals(before, states.get("unchanged") + states.get("updated") + states.get("absent"), "every earlier result is accounted for");

		String again = FindingsSarif.check(artifact, analysis(edited), SarifBaseline.parse("new.sarif", sarif, artifact.automationId("check")));
		for (var element : run(again).getAsJsonArray("results")) {
			assertEquals("unchanged", element.getAsJsonObject().get("baselineState").getAsString(), "against itself all is unchanged, the absent left out");
		}
	}

	@Test
	void sarifWithAProposalCarriesItAsAValidFix(@TempDir Path dir) throws IOException {
		Proposer proposer = new Proposer(Analyzer.standard());
		Assessment before = proposer.assess(ModelFiles.loadNetwork(HQ));
		String sarif = FindingsSarif.propose(SarifArtifact.of(HQ), before.result(), proposer.propose(before).get(0));
		assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(sarif)));
		assertEquals("netreview/propose/examples/hq.netreview/", run(sarif).getAsJsonObject("automationDetails").get("id").getAsString(),
				"check and propose of one model are kept apart");
		JsonObject first = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonArray("results").get(0).getAsJsonObject();
		JsonObject replacement = first.getAsJsonArray("fixes").get(0).getAsJsonObject().getAsJsonArray("artifactChanges").get(0)
				.getAsJsonObject().getAsJsonArray("replacements").get(0).getAsJsonObject();
		int line = replacement.getAsJsonObject("deletedRegion").get("startLine").getAsInt();
		assertTrue(Files.readAllLines(HQ).get(line - 2).contains("id=\"dev-core-sw-01\""), "the access list goes in after the switch's line");
		String inserted = replacement.getAsJsonObject("insertedContent").get("text").getAsString();
		assertTrue(inserted.startsWith("      <policy id=\"dev-core-sw-01-acl\" name=\"NETREVIEW-DENY\" defaultAction=\"ALLOW\">\n"), inserted);
		assertTrue(inserted.contains(" ingress=\"dev-core-sw-01.Vlan30\"/>\n"), inserted);
		List<String> fixed = new ArrayList<>(Files.readAllLines(HQ));
		fixed.add(line - 1, inserted.stripTrailing());
		Path applied = dir.resolve("hq.netreview");
		Files.write(applied, fixed);
		Device core = ModelFiles.loadNetwork(applied).getDevices().stream().filter(d -> d.getId().equals("dev-core-sw-01")).findFirst().orElseThrow();
		assertEquals("NETREVIEW-DENY", core.getPolicy().getName(), "the file with the fix made loads, the access list in it");
		assertEquals("Vlan30", core.getPolicy().getRules().get(0).getIngress().getName());
	}

	@Test
	void outputIsDeterministicAndFingerprintsAreStable(@TempDir Path dir) throws IOException {
		assertEquals(sarif(HQ), sarif(HQ));
		assertEquals(json(HQ), json(HQ));
		// a change elsewhere in the network leaves the fingerprint of the lobby camera's path finding alone
		Path edited = dir.resolve("hq.netreview");
		Files.writeString(edited, Files.readString(HQ).replace("name=\"ws-01\"", "name=\"ws-01-renamed\""));
		assertEquals(fingerprint(HQ), fingerprint(edited));
	}

	private static String fingerprint(Path model) throws ModelLoadException {
		JsonObject sarif = JsonParser.parseString(sarif(model)).getAsJsonObject();
		return sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject()
				.getAsJsonObject("partialFingerprints").get("netreview/v1").getAsString();
	}

	@Test
	void jsonCarriesFindingsPathsAndTheZoneMatrix() throws ModelLoadException {
		JsonObject json = JsonParser.parseString(json(HQ)).getAsJsonObject();
		assertEquals("netreview-findings/1", json.get("format").getAsString(), "scripts can tell the format and its version");
		assertEquals(39, json.get("devices").getAsInt());
		JsonObject first = json.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals("RESTRICTED_PATH_TO_CORE", first.get("rule").getAsString());
		assertEquals("dev-cam-lobby-02", first.getAsJsonArray("path").get(0).getAsJsonObject().get("id").getAsString());
		assertFalse(json.getAsJsonArray("zoneMatrix").isEmpty());
	}

	@Test
	void jsonAndSarifCarryTheIntendedZonePolicy() throws ModelLoadException {
		JsonObject json = JsonParser.parseString(json(HQ)).getAsJsonObject();
		assertTrue(json.getAsJsonObject("zonePolicy").get("stated").getAsBoolean());
		Map<String, JsonObject> cells = new HashMap<>();
		json.getAsJsonArray("zoneMatrix").forEach(cell -> cells.put(cell.getAsJsonObject().get("from").getAsString() + ">"
				+ cell.getAsJsonObject().get("to").getAsString(), cell.getAsJsonObject()));
		assertEquals("INTENDED_AND_PRESENT", cells.get("zone-staff>zone-servers").get("state").getAsString());
		assertEquals("conduit-staff-servers", cells.get("zone-staff>zone-servers").getAsJsonArray("conduits").get(0).getAsString());
		assertEquals("PRESENT_NOT_INTENDED", cells.get("zone-staff>zone-mgmt").get("state").getAsString());
		JsonObject absent = cells.get("zone-mgmt>zone-perimeter");
		assertEquals("INTENDED_NOT_PRESENT", absent.get("state").getAsString());
		assertFalse(absent.get("present").getAsBoolean());
		long violations = 0;
		for (var finding : json.getAsJsonArray("findings")) {
			violations += finding.getAsJsonObject().get("rule").getAsString().equals("CONDUIT_VIOLATION") ? 1 : 0;
		}
		assertEquals(json.getAsJsonObject("zonePolicy").get("PRESENT_NOT_INTENDED").getAsLong(), violations);

		JsonObject run = JsonParser.parseString(sarif(HQ)).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		Map<String, String> rules = new HashMap<>();
		run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").forEach(rule -> rules.put(
				rule.getAsJsonObject().get("id").getAsString(),
				rule.getAsJsonObject().getAsJsonObject("fullDescription").get("text").getAsString()));
		assertTrue(rules.get("CONDUIT_VIOLATION").contains("no conduit of the intended zone policy"), rules.toString());
		assertTrue(rules.get("ZONE_VLAN_MISMATCH").contains("segment (VLAN) of another zone"), rules.toString());
		assertTrue(run.getAsJsonObject("properties").getAsJsonObject("zonePolicy").get("stated").getAsBoolean());
	}

	@Test
	void withoutConduitsTheTextSaysNoPolicyIsStated() throws ModelLoadException {
		Network network = ModelFiles.loadNetwork(OFFICE);
		StringWriter text = new StringWriter();
		new FindingsText(new PrintWriter(text, true)).print(OFFICE, network, Analyzer.standard().analyze(network), Severity.ERROR);
		assertTrue(text.toString().contains("ZONE MATRIX: no intended zone policy stated (no conduits in the model)"), text.toString());
		assertFalse(text.toString().contains("CONDUIT_VIOLATION"), text.toString());
	}

	private static JsonSchema schema() throws IOException {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.newInputStream(Path.of("test/io/github/netreview/report/findings/sarif-2.1.0.json")));
	}

	private static String sarif(Path model) throws ModelLoadException {
		return FindingsSarif.of(model, analysis(model));
	}

	private static AnalysisResult analysis(Path model) throws ModelLoadException {
		return analyzer().analyze(ModelFiles.loadNetwork(model));
	}

	/** An analyzer as of a fixed day, so that the waivers judge the same way every day. */
	private static Analyzer analyzer() {
		return new Analyzer(LocalDate.of(2026, 11, 29), IeeeRegistry.system());
	}

	private static JsonObject run(String sarif) {
		return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
	}

	private static String json(Path model) throws ModelLoadException {
		Network network = ModelFiles.loadNetwork(model);
		return FindingsJson.of(model, network, analyzer().analyze(network));
	}

}
