package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.DiffText.ANALYZER;
import static io.github.netreview.analysis.diff.DiffText.find;
import static io.github.netreview.analysis.diff.DiffText.hq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Waiver;

/** SARIF baseline states of a run against an earlier run's log, written as {@code check --format sarif} writes it. */
class BaselineStatesTest {

	@TempDir
	Path dir;

	@Test
	void theSameNetworkIsUnchangedThroughout() throws IOException {
		AnalysisResult result = ANALYZER.analyze(hq());
		BaselineStates states = BaselineStates.of(SarifBaseline.parse(sarif(result.findings()).toString(), "old.sarif"), result.findings());
		assertEquals(result.findings().size(), states.count(BaselineStates.State.UNCHANGED));
		assertTrue(states.absent().isEmpty());
	}

	@Test
	void newUpdatedAndAbsentFollowTheChange() throws IOException {
		Network now = hq();
		((Interface) find(now, "dev-acc-sw-02.Gi1-0-30")).setAccessVlan(40);
		((Waiver) find(now, "waiver-1")).setExpiry(LocalDate.of(2026, 1, 31));
		List<Finding> current = ANALYZER.analyze(now).findings();
		BaselineStates states = BaselineStates.of(SarifBaseline.parse(sarif(ANALYZER.analyze(hq()).findings()).toString(), "old.sarif"), current);
		assertEquals(Map.of("NEW", List.of("WAIVER_EXPIRED waiver-1"), "UPDATED", List.of("RESTRICTED_ON_SENSITIVE_SITE dev-cam-entrance-01")),
				notUnchanged(states, current));
		assertEquals(List.of("RESTRICTED_PATH_TO_CORE dev-cam-lobby-02", "ZONE_VLAN_MISMATCH dev-cam-lobby-02"),
				states.absent().stream().map(r -> r.ruleId() + " " + r.subjectId()).toList());
		assertEquals("absent", BaselineStates.State.ABSENT.sarifName());
		assertEquals(26, states.count(BaselineStates.State.UNCHANGED));
		assertEquals("RESTRICTED_PATH_TO_CORE", states.absent().get(0).sarif().get("ruleId").getAsString(), "the result as the log has it");
	}

	@Test
	void aLongerPathIsUpdated() throws IOException {
		List<Network> versions = DiffText.pathThatGrows();
		List<Finding> current = ANALYZER.analyze(versions.get(1)).findings();
		BaselineStates states = BaselineStates.of(SarifBaseline.parse(sarif(ANALYZER.analyze(versions.get(0)).findings()).toString(), "old.sarif"),
				current);
		assertEquals(Map.of("UPDATED", List.of("RESTRICTED_PATH_TO_CORE dev-cam")), notUnchanged(states, current));
	}

	@Test
	void aResultWithAnotherFingerprintMatchesByRuleAndElementWhenThatIsUnique() throws IOException {
		List<Finding> findings = ANALYZER.analyze(hq()).findings();
		JsonObject log = sarif(findings);
		for (var result : log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
			JsonObject object = result.getAsJsonObject();
			String subject = object.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonArray("logicalLocations").get(0)
					.getAsJsonObject().get("fullyQualifiedName").getAsString();
			String rule = object.get("ruleId").getAsString();
			if (rule.equals("RESTRICTED_PATH_TO_CORE") || rule.equals("CONDUIT_VIOLATION") && subject.equals("zone-staff")) {
				// as if an earlier run had found them with other elements (another core segment, another zone reached)
				object.getAsJsonObject("partialFingerprints").addProperty(FindingKey.FINGERPRINT, "0".repeat(32));
			}
		}
		BaselineStates states = BaselineStates.of(SarifBaseline.parse(log.toString(), "old.sarif"), findings);
		assertEquals(Map.of("UPDATED", List.of("RESTRICTED_PATH_TO_CORE dev-cam-lobby-02"),
				"NEW", List.of("CONDUIT_VIOLATION zone-staff", "CONDUIT_VIOLATION zone-staff")), notUnchanged(states, findings));
		assertEquals(List.of("CONDUIT_VIOLATION zone-staff", "CONDUIT_VIOLATION zone-staff"),
				states.absent().stream().map(r -> r.ruleId() + " " + r.subjectId()).toList(), "two results of one zone: no guess");
	}

	@Test
	void aLogIsReadFromAFileAndAnythingElseIsRefusedNamingIt() throws IOException {
		List<Finding> findings = ANALYZER.analyze(hq()).findings();
		Path log = Files.writeString(dir.resolve("old.sarif"), sarif(findings).toString());
		List<BaselineResult> results = SarifBaseline.read(log);
		assertEquals(findings.size(), results.size());
		BaselineResult waived = results.stream().filter(BaselineResult::suppressed).findFirst().orElseThrow();
		assertEquals("RESTRICTED_ON_SENSITIVE_SITE dev-cam-entrance-01 ERROR error", waived.ruleId() + " " + waived.subjectId() + " "
				+ waived.severity() + " " + waived.level());
		for (String text : List.of("not json", "{\"version\": \"2.1.0\"}", "[1, 2]",
				"{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"OtherTool\"}}, \"results\": []}]}")) {
			Path bad = Files.writeString(dir.resolve("bad.sarif"), text);
			IOException error = assertThrows(IOException.class, () -> SarifBaseline.read(bad));
			assertTrue(error.getMessage().startsWith(bad + ": ") && !error.getMessage().contains("\n"), error.getMessage());
		}
		IOException missing = assertThrows(IOException.class, () -> SarifBaseline.read(dir.resolve("none.sarif")));
		assertEquals(dir.resolve("none.sarif") + ": no such file", missing.getMessage());
	}

	/** The current findings that are not unchanged, by state: "RULE subject-id". */
	private static Map<String, List<String>> notUnchanged(BaselineStates states, List<Finding> findings) {
		Map<String, List<String>> byState = new TreeMap<>();
		for (Finding finding : findings) {
			BaselineStates.State state = states.stateOf(finding);
			if (state != BaselineStates.State.UNCHANGED) {
				byState.computeIfAbsent(state.name(), s -> new java.util.ArrayList<>())
						.add(finding.rule() + " " + ((Identified) finding.subject()).getId());
			}
		}
		return byState;
	}

	/** A SARIF log of {@code findings} with the fields {@code check --format sarif} writes that a baseline reads. */
	static JsonObject sarif(List<Finding> findings) {
		JsonArray results = new JsonArray();
		for (Finding finding : findings) {
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", finding.rule().name());
			result.addProperty("level", BaselineStates.level(finding.severity()));
			JsonObject message = new JsonObject();
			message.addProperty("text", finding.message());
			result.add("message", message);
			JsonObject logical = new JsonObject();
			logical.addProperty("fullyQualifiedName", FindingKey.idOf(finding.subject()));
			JsonArray logicals = new JsonArray();
			logicals.add(logical);
			JsonObject location = new JsonObject();
			location.add("logicalLocations", logicals);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
			JsonObject fingerprints = new JsonObject();
			fingerprints.addProperty(FindingKey.FINGERPRINT, FindingKey.fingerprint(finding));
			result.add("partialFingerprints", fingerprints);
			if (finding.waived()) {
				JsonObject suppression = new JsonObject();
				suppression.addProperty("kind", "external");
				suppression.addProperty("status", "accepted");
				JsonArray suppressions = new JsonArray();
				suppressions.add(suppression);
				result.add("suppressions", suppressions);
			}
			JsonObject properties = new JsonObject();
			properties.addProperty("severity", finding.severity().name());
			result.add("properties", properties);
			results.add(result);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "NetReview");
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		return log;
	}
}
