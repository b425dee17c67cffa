package io.github.netreview.report.diff;

import static io.github.netreview.report.diff.DiffGoldenTest.CHANGED;
import static io.github.netreview.report.diff.DiffGoldenTest.HQ;
import static io.github.netreview.report.diff.DiffGoldenTest.review;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.layout.DiagramStrokes;
import io.github.netreview.layout.Stroke;
import io.github.netreview.report.findings.SarifArtifact;

/**
 * The diff outputs on the headquarters and its changed version: SARIF that validates against the official schema with
 * a baseline state on every result, JSON with every part of the change, the diagrams' colours, and the verdict: a
 * change that fixes only passes, one between versions that cannot be judged fails though nothing changed.
 */
class DiffFormatsTest {

	private static final String LOBBY_PORT = "<interfaces id=\"dev-acc-sw-02.Gi1-0-30\" name=\"Gi1/0/30\" accessVlan=\"30\"/>";

	@Test
	void sarifValidatesAndGivesEveryResultItsBaselineState() throws Exception {
		String sarif = DiffSarif.of(review(HQ, CHANGED), SarifArtifact.of(CHANGED));
		assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.newInputStream(Path.of("test/io/github/netreview/report/findings/sarif-2.1.0.json")))
				.validate(new ObjectMapper().readTree(sarif)));
		JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		Map<String, List<String>> byState = new HashMap<>();
		for (JsonElement result : run.getAsJsonArray("results")) {
			JsonObject object = result.getAsJsonObject();
			byState.computeIfAbsent(object.get("baselineState").getAsString(), k -> new ArrayList<>())
					.add(object.get("ruleId").getAsString() + " " + subject(object));
		}
		assertEquals(List.of("RESTRICTED_PATH_TO_CORE dev-cam-loading-bay-01", "UNCLASSIFIABLE_DEVICE dev-cam-lift-01", "WAIVER_EXPIRED waiver-1",
				"ZONE_VLAN_MISMATCH dev-cam-loading-bay-01"), byState.get("new"));
		assertEquals(List.of("RESTRICTED_PATH_TO_CORE dev-cam-lobby-02", "RESTRICTED_ON_SENSITIVE_SITE dev-cam-entrance-01"), byState.get("updated"));
		assertEquals(List.of("RESTRICTED_CABLED_TO_CORE_INFRA dev-cam-loading-bay-01"), byState.get("absent"));
		assertEquals(26, byState.get("unchanged").size());
		JsonObject lobby = run.getAsJsonArray("results").get(1).getAsJsonObject();
		assertEquals("updated", lobby.get("baselineState").getAsString());
		assertEquals("path: 12 hops -> 16 hops", lobby.getAsJsonObject("properties").getAsJsonArray("changes").get(0).getAsString());
		JsonObject absent = run.getAsJsonArray("results").asList().getLast().getAsJsonObject();
		int line = absent.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region")
				.get("startLine").getAsInt();
		assertTrue(Files.readAllLines(CHANGED).get(line - 1).contains("id=\"dev-cam-loading-bay-01\""), "a fixed finding is located in the new file");
		assertTrue(run.getAsJsonObject("properties").getAsJsonObject("diff").get("fails").getAsBoolean());
	}

	private static String subject(JsonObject result) {
		return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonArray("logicalLocations").get(0).getAsJsonObject()
				.get("fullyQualifiedName").getAsString();
	}

	@Test
	void jsonCarriesTheFormatTheVerdictAndEveryPartOfTheChange() throws Exception {
		JsonObject json = JsonParser.parseString(DiffJson.of(review(HQ, CHANGED))).getAsJsonObject();
		assertEquals("netreview-diff/1", json.get("format").getAsString());
		JsonObject verdict = json.getAsJsonObject("verdict");
		assertTrue(verdict.get("fails").getAsBoolean());
		assertTrue(verdict.get("baseJudged").getAsBoolean());
		assertFalse(verdict.get("newJudged").getAsBoolean(), "a device of unknown make: the new version is not fully judged");
		JsonObject moved = find(json.getAsJsonArray("elements"), "id", "dev-cam-loading-bay-01");
		assertEquals("MOVED", moved.get("kind").getAsString());
		JsonObject segments = moved.getAsJsonArray("features").get(0).getAsJsonObject();
		assertEquals(List.of("segments", "segment 'CCTV' (seg-cctv)", "segment 'Staff' (seg-staff)"),
				List.of(segments.get("feature").getAsString(), segments.get("before").getAsString(), segments.get("after").getAsString()));
		JsonObject waiver = find(json.getAsJsonArray("findings"), "rule", "RESTRICTED_ON_SENSITIVE_SITE", "CHANGED");
		JsonObject expired = waiver.getAsJsonArray("differences").get(0).getAsJsonObject();
		assertEquals("waived by waiver-1 until 2027-06-30 -> not waived", expired.get("before").getAsString() + " -> " + expired.get("after").getAsString());
		assertTrue(waiver.getAsJsonObject("before").get("waived").getAsBoolean());
		assertFalse(waiver.getAsJsonObject("finding").get("waived").getAsBoolean());
		JsonObject cell = json.getAsJsonArray("zoneMatrix").get(0).getAsJsonObject();
		assertEquals("zone-staff -> zone-cctv: INTENDED_NOT_PRESENT -> INTENDED_AND_PRESENT", cell.get("from").getAsString() + " -> "
				+ cell.get("to").getAsString() + ": " + cell.getAsJsonObject("before").get("state").getAsString() + " -> "
				+ cell.getAsJsonObject("after").get("state").getAsString());
		JsonObject gap = json.getAsJsonObject("coverage").getAsJsonArray("changes").get(0).getAsJsonObject();
		assertEquals("UNCLASSIFIABLE_DEVICES [\"dev-cam-lift-01\"]", gap.get("kind").getAsString() + " " + gap.getAsJsonArray("added"));
	}

	private static JsonObject find(JsonArray array, String key, String value, String... status) {
		return array.asList().stream().map(JsonElement::getAsJsonObject).filter(o -> o.get(key).getAsString().equals(value))
				.filter(o -> status.length == 0 || o.get("status").getAsString().equals(status[0])).findFirst().orElseThrow();
	}

	@Test
	void theDiagramsDrawWhatWasRemovedAddedChangedAndTheNewPaths() throws Exception {
		ChangeReview review = review(HQ, CHANGED);
		DiagramStrokes base = DiffStrokes.base(review.diff(), review.base().network());
		DiagramStrokes now = DiffStrokes.now(review.diff(), review.now().network());
		Stroke removed = new Stroke(DiffStrokes.REMOVED, DiffStrokes.WIDTH, true);
		assertEquals(removed, base.elements().get("dev-prn-01"));
		assertEquals(removed, base.elements().get("link-dev-prn-01"));
		assertEquals(new Stroke(DiffStrokes.CHANGED, DiffStrokes.WIDTH, false), base.elements().get("dev-ap-02"));
		assertEquals(new Stroke(DiffStrokes.CHANGED, DiffStrokes.WIDTH, false), now.elements().get("dev-fw-01"), "its rule changed");
		assertEquals(new Stroke(DiffStrokes.PATH, DiffStrokes.PATH_WIDTH, false), base.elements().get("dev-cam-lobby-02"), "the path before");
		assertEquals(new Stroke(DiffStrokes.ADDED, DiffStrokes.WIDTH, false), now.elements().get("dev-cam-lift-01"));
		assertEquals(new Stroke(DiffStrokes.ADDED, DiffStrokes.WIDTH, false), now.elements().get("link-dev-cam-lift-01"));
		assertEquals(new Stroke(DiffStrokes.CHANGED, DiffStrokes.PATH_WIDTH, false), now.elements().get("dev-cam-loading-bay-01"),
				"moved, and on a new path");
		assertEquals(new Stroke(DiffStrokes.PATH, DiffStrokes.PATH_WIDTH, false), now.elements().get("link-dev-cam-loading-bay-01"));
		assertFalse(now.elements().containsKey("dev-prn-01"));
		assertFalse(base.elements().containsKey("dev-cam-lift-01"));
		String html = DiffHtml.of(review);
		assertEquals(2, html.split("<svg ", -1).length - 1, "both diagrams");
		assertTrue(html.contains("stroke=\"" + DiffStrokes.ADDED + "\" stroke-width=\"3\""), "an added device is drawn green");
	}

	@Test
	void anUnchangedModelPassesWithNothingDrawnInTheChangesColours() throws Exception {
		ChangeReview review = review(HQ, HQ);
		assertTrue(review.diff().isEmpty());
		assertFalse(review.verdict().fails());
		assertTrue(DiffText.of(review).contains("verdict: passes at error; nothing changed\n"), DiffText.of(review));
		String html = DiffHtml.of(review);
		for (String colour : List.of(DiffStrokes.ADDED, DiffStrokes.REMOVED, DiffStrokes.CHANGED)) {
			assertFalse(html.contains("stroke=\"" + colour + "\""), colour);
		}
		assertFalse(html.contains("stroke-width=\"" + DiffStrokes.PATH_WIDTH + "\""));
	}

	@Test
	void aChangeThatOnlyFixesPasses(@TempDir Path dir) throws Exception {
		Path fixed = dir.resolve("hq.netreview");
		Files.writeString(fixed, Files.readString(HQ).replace(LOBBY_PORT, LOBBY_PORT.replace("\"30\"", "\"40\"")));
		ChangeReview review = review(HQ, fixed);
		assertEquals(2, review.diff().findings().with(FindingDelta.Status.FIXED).size());
		assertTrue(review.diff().findings().with(FindingDelta.Status.NEW).isEmpty());
		assertFalse(review.verdict().fails(), review.verdict().reasons().toString());
		assertTrue(DiffText.of(review).contains("\n  FIXED CRITICAL RESTRICTED_PATH_TO_CORE device 'cam-lobby-02' (dev-cam-lobby-02)\n"));
	}

	@Test
	void versionsThatCannotBeJudgedFailThoughNothingChanged(@TempDir Path dir) throws Exception {
		Path noCore = dir.resolve("no-core.netreview");
		Files.writeString(noCore, Files.readString(HQ).replace(" kind=\"CORE\" ", " kind=\"USER\" ").replace(" kind=\"SERVER\" core=\"true\" ", " kind=\"SERVER\" "));
		ChangeReview review = review(noCore, noCore);
		assertTrue(review.diff().isEmpty());
		assertTrue(review.verdict().fails(), "no core zone: never an all-clear");
		assertEquals(List.of("the base version cannot be fully judged at error: 1 network without a core zone holding anything: no path to a core"
				+ " network can be judged", "the new version cannot be fully judged at error: 1 network without a core zone holding anything: no path"
						+ " to a core network can be judged"), review.verdict().reasons());
		JsonObject verdict = JsonParser.parseString(DiffJson.of(review)).getAsJsonObject().getAsJsonObject("verdict");
		assertFalse(verdict.get("baseJudged").getAsBoolean());
		assertTrue(DiffHtml.of(review).contains("Base: what this version could not judge; no all-clear is given for it."));
	}

	@Test
	void outputIsDeterministic() throws Exception {
		assertEquals(DiffJson.of(review(HQ, CHANGED)), DiffJson.of(review(HQ, CHANGED)));
		assertEquals(DiffSarif.of(review(HQ, CHANGED), SarifArtifact.of(CHANGED)), DiffSarif.of(review(HQ, CHANGED), SarifArtifact.of(CHANGED)));
	}

	@Test
	void theTextconvTextIsTheSameWhereverTheFileIs(@TempDir Path dir) throws IOException {
		Path copy = Files.copy(HQ, dir.resolve("XyZ123_hq.netreview"));
		String text = ModelTextconv.of(io.github.netreview.model.io.ModelFiles.load(HQ).getContents(), DiffGoldenTest.AS_OF);
		assertEquals(text, ModelTextconv.of(io.github.netreview.model.io.ModelFiles.load(copy).getContents(), DiffGoldenTest.AS_OF));
		assertTrue(text.contains("\nfirewall policy 'fw-01 policy' (policy-fw-01) rules: rule-fw-01-10, rule-fw-01-20, rule-fw-01-30, rule-fw-01-40\n"),
				"the rules in their order");
		assertTrue(text.contains("\ndevice 'cam-lobby-02' (dev-cam-lobby-02) segments: segment 'Staff' (seg-staff)\n"));
		assertTrue(text.contains("\ncoverage complete\n"));
	}
}
