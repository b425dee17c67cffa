package io.github.netreview.report.findings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.netreview.analysis.findings.Rule;

/**
 * An earlier SARIF log of NetReview's that a run is compared with: each result of the run is new, unchanged or
 * updated (same partial fingerprint, other level, message, suppression or path) against it, and each of its results
 * that the run no longer has is carried over as absent.
 */
public final class SarifBaseline {

	/** No baseline: results carry no {@code baselineState}. */
	public static final SarifBaseline NONE = new SarifBaseline(null);

	/** A baseline that cannot be used, with one line naming the file and the place in it. */
	public static final class Unusable extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		Unusable(String message) {
			super(message);
		}
	}

	private static final Pattern AT = Pattern.compile("\\s*at line (\\d+) column (\\d+)(?: path \\S*)?");

	/** The earlier run's results in their order, by fingerprint; null for no baseline. */
	private final Map<String, List<JsonObject>> results;

	private SarifBaseline(Map<String, List<JsonObject>> results) {
		this.results = results;
	}

	/**
	 * The NetReview run of the SARIF log {@code text}, read from {@code source} (named in errors): its only NetReview
	 * run, or the one whose automation id is {@code automationId} when it holds several.
	 *
	 * @throws Unusable when the text is no SARIF log, has no NetReview run to compare with, or a result without
	 *                  NetReview's partial fingerprint
	 */
	public static SarifBaseline parse(String source, String text, String automationId) {
		JsonElement log;
		try {
			log = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			throw notJson(source, e);
		}
		Map.Entry<String, JsonObject> run = run(source, log, automationId);
		Map<String, List<JsonObject>> results = new LinkedHashMap<>();
		JsonArray list = run.getValue().has("results") && run.getValue().get("results").isJsonArray() ? run.getValue().getAsJsonArray("results")
				: new JsonArray();
		for (int i = 0; i < list.size(); i++) {
			String place = run.getKey() + ".results[" + i + "]";
			JsonObject result = object(source, list.get(i), place);
			if (!"absent".equals(string(result, "baselineState"))) { // gone already when that log was written
				results.computeIfAbsent(fingerprint(source, result, place), key -> new ArrayList<>()).add(result);
			}
		}
		return new SarifBaseline(results);
	}

	/** Marks each of {@code results} against the baseline and adds those of the baseline it no longer has, marked absent. */
	void mark(JsonArray current) {
		if (results == null) {
			return;
		}
		Map<String, Deque<JsonObject>> earlier = new LinkedHashMap<>();
		results.forEach((key, list) -> earlier.put(key, new ArrayDeque<>(list)));
		for (JsonElement element : current) {
			JsonObject result = element.getAsJsonObject();
			Deque<JsonObject> same = earlier.get(result.getAsJsonObject("partialFingerprints").get(FindingsSarif.FINGERPRINT).getAsString());
			JsonObject before = same == null ? null : same.poll();
			result.addProperty("baselineState", before == null ? "new" : signature(before).equals(signature(result)) ? "unchanged" : "updated");
		}
		for (Deque<JsonObject> left : earlier.values()) {
			for (JsonObject gone : left) {
				current.add(absent(gone));
			}
		}
	}

	/** A result of the baseline this run no longer has: as it was, without its fixes (of lines since changed), marked absent. */
	private static JsonObject absent(JsonObject before) {
		JsonObject result = before.deepCopy();
		result.remove("fixes");
		result.remove("ruleIndex");
		String ruleId = string(result, "ruleId");
		for (Rule rule : Rule.values()) {
			if (rule.name().equals(ruleId)) {
				result.addProperty("ruleIndex", rule.ordinal());
			}
		}
		result.addProperty("baselineState", "absent");
		return result;
	}

	/** What must stay the same for a result to be unchanged: level, message, severity, suppression and the elements of its path. */
	private static String signature(JsonObject result) {
		JsonObject signature = new JsonObject();
		for (String key : new String[] { "level", "message", "suppressions" }) {
			if (result.has(key)) {
				signature.add(key, result.get(key));
			}
		}
		if (result.has("properties") && result.get("properties").isJsonObject()) {
			signature.add("severity", result.getAsJsonObject("properties").get("severity"));
		}
		JsonArray path = new JsonArray();
		collectElements(result.get("codeFlows"), path);
		signature.add("path", path);
		return signature.toString();
	}

	/** The fully qualified names (element ids) of the logical locations in {@code json}, in order. */
	private static void collectElements(JsonElement json, JsonArray into) {
		if (json == null) {
			return;
		}
		if (json.isJsonArray()) {
			json.getAsJsonArray().forEach(element -> collectElements(element, into));
		} else if (json.isJsonObject()) {
			JsonObject object = json.getAsJsonObject();
			if (object.has("fullyQualifiedName")) {
				into.add(object.get("fullyQualifiedName"));
			}
			object.entrySet().forEach(entry -> collectElements(entry.getValue(), into));
		}
	}

	/** The NetReview run to compare with, and where it is in the log ({@code runs[N]}). */
	private static Map.Entry<String, JsonObject> run(String source, JsonElement log, String automationId) {
		JsonObject root = object(source, log, "the log");
		if (root.has("version") && !"2.1.0".equals(string(root, "version"))) {
			throw new Unusable(source + ": SARIF version " + root.get("version") + ", not 2.1.0");
		}
		if (!root.has("runs") || !root.get("runs").isJsonArray()) {
			throw new Unusable(source + ": not a SARIF log (no list of runs)");
		}
		JsonArray runs = root.getAsJsonArray("runs");
		Map<String, JsonObject> ours = new LinkedHashMap<>();
		for (int i = 0; i < runs.size(); i++) {
			JsonObject run = object(source, runs.get(i), "runs[" + i + "]");
			if ("NetReview".equals(driverName(run))) {
				ours.put("runs[" + i + "]", run);
			}
		}
		if (ours.isEmpty()) {
			throw new Unusable(source + ": no run of NetReview in it (runs: " + runs.size() + "); give a log netreview check wrote");
		}
		if (ours.size() > 1) {
			ours.entrySet().removeIf(entry -> !automationId.equals(automationId(entry.getValue())));
			if (ours.size() != 1) {
				throw new Unusable(source + ": " + (ours.isEmpty() ? "none" : "more than one") + " of its NetReview runs is of " + automationId);
			}
		}
		return ours.entrySet().iterator().next();
	}

	private static String driverName(JsonObject run) {
		JsonElement tool = run.get("tool");
		JsonElement driver = tool != null && tool.isJsonObject() ? tool.getAsJsonObject().get("driver") : null;
		return driver != null && driver.isJsonObject() ? string(driver.getAsJsonObject(), "name") : null;
	}

	private static String automationId(JsonObject run) {
		JsonElement details = run.get("automationDetails");
		return details != null && details.isJsonObject() ? string(details.getAsJsonObject(), "id") : null;
	}

	private static String fingerprint(String source, JsonObject result, String place) {
		JsonElement prints = result.get("partialFingerprints");
		String fingerprint = prints != null && prints.isJsonObject() ? string(prints.getAsJsonObject(), FindingsSarif.FINGERPRINT) : null;
		if (fingerprint == null) {
			throw new Unusable(source + ": " + place + " has no partialFingerprints \"" + FindingsSarif.FINGERPRINT + "\" to match it by");
		}
		return fingerprint;
	}

	private static JsonObject object(String source, JsonElement json, String place) {
		if (json == null || !json.isJsonObject()) {
			throw new Unusable(source + ": " + place + " is not a JSON object");
		}
		return json.getAsJsonObject();
	}

	/** The text of {@code key}, or null when it is missing or not text. */
	private static String string(JsonObject object, String key) {
		JsonElement value = object.get(key);
		return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
	}

	/** The file and line:column the parser stopped at, and what it found wrong, without its class names and advice. */
	private static Unusable notJson(String source, JsonParseException e) {
		Throwable innermost = e;
		while (innermost.getCause() != null) {
			innermost = innermost.getCause();
		}
		String message = String.valueOf(innermost.getMessage()).replaceAll("^([\\w$]+\\.)+[\\w$]*(Exception|Error):\\s*", "")
				.replaceFirst("\\s*See https?://\\S+$", "");
		Matcher at = AT.matcher(message);
		String place = at.find() ? ":" + at.group(1) + ":" + at.group(2) : "";
		String problem = AT.matcher(message).replaceAll("").replaceFirst("^Use JsonReader\\.setStrictness\\S+ to accept malformed JSON", "malformed")
				.strip();
		return new Unusable(source + place + ": not JSON (" + (problem.isEmpty() ? "malformed" : problem) + ")");
	}
}
