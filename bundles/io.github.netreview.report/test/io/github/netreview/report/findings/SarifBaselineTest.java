package io.github.netreview.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A baseline log is matched by NetReview's partial fingerprints; a file that is no such log is refused naming the file and the place. */
class SarifBaselineTest {

	private static final String ID = "netreview/check/examples/hq.netreview/";

	@Test
	void resultsAreNewUnchangedUpdatedOrAbsent() {
		JsonArray results = marked(log(run("NetReview", ID, result("a", "one"), result("b", "two"), result("c", "three"))), result("a", "one"),
				result("b", "two, reworded"), result("d", "four"));
		assertEquals(4, results.size());
		assertEquals("unchanged", state(results, 0));
		assertEquals("updated", state(results, 1));
		assertEquals("new", state(results, 2));
		assertEquals("absent", state(results, 3));
		assertEquals("three", results.get(3).getAsJsonObject().getAsJsonObject("message").get("text").getAsString());
	}

	@Test
	void twoResultsWithOneFingerprintAreMatchedOneToOne() {
		JsonArray results = marked(log(run("NetReview", ID, result("a", "one"))), result("a", "one"), result("a", "one"));
		assertEquals(2, results.size());
		assertEquals("unchanged", state(results, 0));
		assertEquals("new", state(results, 1));
	}

	@Test
	void ofSeveralNetReviewRunsTheOneOfThisModelIsTaken() {
		String log = log(run("NetReview", "netreview/check/other.netreview/", result("x", "other")) + "," + run("NetReview", ID, result("a", "one")));
		JsonArray results = marked(log, result("a", "one"));
		assertEquals(1, results.size(), "nothing of the other model's run is absent here");
		assertEquals("unchanged", state(results, 0));
		assertRefused("old.sarif: none of its NetReview runs is of netreview/check/third.netreview/", log, "netreview/check/third.netreview/");
	}

	@Test
	void whatIsNoNetReviewLogIsRefusedSayingWhere() {
		assertRefused("old.sarif:3:1: not JSON (End of input)", "{\n\"runs\": [\n", ID);
		assertRefused("old.sarif: the log is not a JSON object", "[]", ID);
		assertRefused("old.sarif: not a SARIF log (no list of runs)", "{\"version\": \"2.1.0\"}", ID);
		assertRefused("old.sarif: SARIF version \"2.0.0\", not 2.1.0", "{\"version\": \"2.0.0\", \"runs\": []}", ID);
		assertRefused("old.sarif: no run of NetReview in it (runs: 1); give a log netreview check wrote", log(run("ESLint", null)), ID);
		assertRefused("old.sarif: runs[0].results[1] has no partialFingerprints \"netreview/v1\" to match it by",
				log(run("NetReview", ID, result("a", "one"), "{\"ruleId\": \"X\", \"message\": {\"text\": \"?\"}}")), ID);
		assertRefused("old.sarif: runs[0].results[0] is not a JSON object", log(run("NetReview", ID, "7")), ID);
	}

	/** {@code current} marked against the baseline {@code log}. */
	private static JsonArray marked(String log, JsonObject... current) {
		JsonArray results = new JsonArray();
		for (JsonObject result : current) {
			results.add(result);
		}
		SarifBaseline.parse("old.sarif", log, ID).mark(results);
		return results;
	}

	private static void assertRefused(String message, String log, String id) {
		assertEquals(message, assertThrows(SarifBaseline.Unusable.class, () -> SarifBaseline.parse("old.sarif", log, id)).getMessage());
	}

	private static String state(JsonArray results, int index) {
		return results.get(index).getAsJsonObject().get("baselineState").getAsString();
	}

	private static String log(String runs) {
		return "{\"version\": \"2.1.0\", \"runs\": [" + runs + "]}";
	}

	private static String run(String tool, String id, Object... results) {
		StringBuilder list = new StringBuilder();
		for (Object result : results) {
			list.append(list.isEmpty() ? "" : ",").append(result);
		}
		return "{\"tool\": {\"driver\": {\"name\": \"" + tool + "\"}}" + (id == null ? "" : ", \"automationDetails\": {\"id\": \"" + id + "\"}")
				+ ", \"results\": [" + list + "]}";
	}

	private static JsonObject result(String fingerprint, String message) {
		return JsonParser.parseString("{\"ruleId\": \"RESTRICTED_PATH_TO_CORE\", \"level\": \"error\", \"message\": {\"text\": \"" + message
				+ "\"}, \"partialFingerprints\": {\"netreview/v1\": \"" + fingerprint + "\"}}").getAsJsonObject();
	}
}
