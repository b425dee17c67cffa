package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;

/** check --format json and sarif: valid SARIF 2.1.0, stable fingerprints, deterministic output, --output rules. */
class CheckFormatsTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");
	private static final Path OFFICE = Path.of("../../examples/regional-office.netreview");

	@Test
	void sarifValidatesAgainstTheOfficialSchema() throws IOException {
		CliRun run = CliRun.of("check", HQ.toString(), "--format", "sarif");
		assertEquals(1, run.code(), run.err());
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.newInputStream(Path.of("test/io/github/netreview/cli/sarif-2.1.0.json")));
		JsonNode log = new ObjectMapper().readTree(run.out());
		Set<ValidationMessage> errors = schema.validate(log);
		assertEquals(Set.of(), errors);

		JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonObject first = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("RESTRICTED_PATH_TO_CORE", first.get("ruleId").getAsString());
		assertEquals("error", first.get("level").getAsString());
		JsonObject location = first.getAsJsonArray("locations").get(0).getAsJsonObject();
		assertEquals("cam-lobby-02", location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name").getAsString());
		int line = location.getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt();
		assertTrue(Files.readAllLines(HQ).get(line - 1).contains("id=\"dev-cam-lobby-02\""), "the region is the device's line");
		assertTrue(first.has("codeFlows"), "the path is a code flow");
		assertTrue(run.out().contains("\"suppressions\""), "the waived finding is suppressed, not dropped");
	}

	@Test
	void proposeSarifCarriesTheBestProposalAsAValidFix(@TempDir Path dir) throws IOException {
		CliRun run = CliRun.of("propose", HQ.toString(), "--format", "sarif");
		assertEquals(0, run.code(), run.err());
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.newInputStream(Path.of("test/io/github/netreview/cli/sarif-2.1.0.json")));
		assertEquals(Set.of(), schema.validate(new ObjectMapper().readTree(run.out())));
		JsonObject first = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
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
		assertEquals(CliRun.of("check", HQ.toString(), "--format", "sarif").out(), CliRun.of("check", HQ.toString(), "--format", "sarif").out());
		assertEquals(CliRun.of("check", HQ.toString(), "--format", "json").out(), CliRun.of("check", HQ.toString(), "--format", "json").out());
		// a change elsewhere in the network leaves the fingerprint of the lobby camera's path finding alone
		Path edited = dir.resolve("hq.netreview");
		Files.writeString(edited, Files.readString(HQ).replace("name=\"ws-01\"", "name=\"ws-01-renamed\""));
		assertEquals(fingerprint(HQ), fingerprint(edited));
	}

	private static String fingerprint(Path model) {
		JsonObject sarif = JsonParser.parseString(CliRun.of("check", model.toString(), "--format", "sarif").out()).getAsJsonObject();
		return sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject()
				.getAsJsonObject("partialFingerprints").get("netreview/v1").getAsString();
	}

	@Test
	void jsonCarriesFindingsPathsAndTheZoneMatrix() {
		CliRun run = CliRun.of("check", HQ.toString(), "--format", "json");
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(39, json.get("devices").getAsInt());
		JsonObject first = json.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals("RESTRICTED_PATH_TO_CORE", first.get("rule").getAsString());
		assertEquals("dev-cam-lobby-02", first.getAsJsonArray("path").get(0).getAsJsonObject().get("id").getAsString());
		assertFalse(json.getAsJsonArray("zoneMatrix").isEmpty());
	}

	@Test
	void jsonAndSarifCarryTheIntendedZonePolicy() {
		JsonObject json = JsonParser.parseString(CliRun.of("check", HQ.toString(), "--format", "json").out()).getAsJsonObject();
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

		JsonObject run = JsonParser.parseString(CliRun.of("check", HQ.toString(), "--format", "sarif").out()).getAsJsonObject()
				.getAsJsonArray("runs").get(0).getAsJsonObject();
		Map<String, String> rules = new HashMap<>();
		run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").forEach(rule -> rules.put(
				rule.getAsJsonObject().get("id").getAsString(),
				rule.getAsJsonObject().getAsJsonObject("fullDescription").get("text").getAsString()));
		assertTrue(rules.get("CONDUIT_VIOLATION").contains("no conduit of the intended zone policy"), rules.toString());
		assertTrue(rules.get("ZONE_VLAN_MISMATCH").contains("segment (VLAN) of another zone"), rules.toString());
		assertTrue(run.getAsJsonObject("properties").getAsJsonObject("zonePolicy").get("stated").getAsBoolean());
	}

	@Test
	void withoutConduitsTheTextSaysNoPolicyIsStated() {
		CliRun run = CliRun.of("check", OFFICE.toString());
		assertTrue(run.out().contains("ZONE MATRIX: no intended zone policy stated (no conduits in the model)"), run.out());
		assertFalse(run.out().contains("CONDUIT_VIOLATION"), run.out());
	}

	@Test
	void outputGoesToAFileAndNeverOverTheModel(@TempDir Path dir) throws IOException {
		Path model = Files.copy(HQ, dir.resolve("hq.netreview"));
		Path out = dir.resolve("hq.sarif");
		CliRun written = CliRun.of("check", model.toString(), "--format", "sarif", "--output", out.toString());
		assertEquals(1, written.code());
		assertEquals("", written.out());
		assertTrue(Files.readString(out).contains("\"version\": \"2.1.0\""));
		CliRun again = CliRun.of("check", model.toString(), "--format", "sarif", "--output", out.toString());
		assertEquals(2, again.code());
		assertTrue(again.err().contains("exists; use --force"), again.err());
		CliRun self = CliRun.of("check", model.toString(), "--output", model.toString(), "--force");
		assertEquals(2, self.code());
		assertTrue(self.err().contains("is MODEL itself"), self.err());
		CliRun badFormat = CliRun.of("check", model.toString(), "--format", "xml");
		assertEquals(2, badFormat.code());
		assertTrue(badFormat.err().contains("--format must be text, json, sarif or html"), badFormat.err());
	}
}
