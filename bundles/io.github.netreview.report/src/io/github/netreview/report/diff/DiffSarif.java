package io.github.netreview.report.diff;

import java.util.IdentityHashMap;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.report.findings.FindingsSarif;
import io.github.netreview.report.findings.SarifArtifact;

/**
 * A change as a SARIF 2.1.0 log: the new version's findings as {@code check --format sarif} writes them, each with its
 * {@code baselineState} against the base version ({@code new}, {@code unchanged}, or {@code updated} with what
 * changed), then the base's findings that are gone as {@code absent}, located in the new version's file where their
 * elements still are. The base version's coverage gaps are notifications beside the new one's, and the run's
 * properties carry the verdict.
 */
public final class DiffSarif {

	private DiffSarif() {
	}

	/** The log of {@code netreview diff --format sarif}, the new version located under {@code artifact}'s source root. */
	public static String of(ChangeReview review, SarifArtifact artifact) {
		Map<Finding, FindingDelta.Entry> entries = new IdentityHashMap<>();
		review.diff().findings().entries().forEach(entry -> entries.put(entry.finding(), entry));
		JsonObject log = log(artifact, review.diff().newResult());
		JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray results = results(run, review.diff().newResult());
		for (int i = 0; i < results.size(); i++) {
			JsonObject result = results.get(i).getAsJsonObject();
			FindingDelta.Entry entry = entries.get(review.diff().newResult().findings().get(i));
			result.addProperty("baselineState", baselineState(entry.status()));
			if (entry.status() == FindingDelta.Status.CHANGED) {
				JsonArray changes = new JsonArray();
				entry.differences().forEach(difference -> changes.add(ChangeWords.difference(difference)));
				result.getAsJsonObject("properties").add("changes", changes);
			}
		}
		JsonObject baseRun = log(artifact, review.diff().baseResult()).getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray baseResults = results(baseRun, review.diff().baseResult());
		for (int i = 0; i < baseResults.size(); i++) {
			if (entries.get(review.diff().baseResult().findings().get(i)) instanceof FindingDelta.Entry entry
					&& entry.status() == FindingDelta.Status.FIXED) {
				JsonObject result = baseResults.get(i).getAsJsonObject();
				result.addProperty("baselineState", baselineState(FindingDelta.Status.FIXED));
				results.add(result);
			}
		}
		notifications(run).addAll(baseNotifications(baseRun));
		run.getAsJsonObject("properties").add("diff", properties(review));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
	}

	/** The log {@code check --format sarif} writes for {@code result}, located in the new version's file. */
	private static JsonObject log(SarifArtifact artifact, AnalysisResult result) {
		return JsonParser.parseString(FindingsSarif.of(artifact, "diff", result)).getAsJsonObject();
	}

	/** The run's results, one for each finding of {@code result}, in its order. */
	private static JsonArray results(JsonObject run, AnalysisResult result) {
		JsonArray results = run.getAsJsonArray("results");
		if (results.size() != result.findings().size()) {
			throw new IllegalStateException("the SARIF log has " + results.size() + " results for " + result.findings().size() + " findings");
		}
		return results;
	}

	/** SARIF's name for how a finding stands against the base version. */
	private static String baselineState(FindingDelta.Status status) {
		return switch (status) {
		case NEW -> "new";
		case CHANGED -> "updated";
		case UNCHANGED -> "unchanged";
		case FIXED -> "absent";
		};
	}

	private static JsonArray notifications(JsonObject run) {
		return run.getAsJsonArray("invocations").get(0).getAsJsonObject().getAsJsonArray("toolExecutionNotifications");
	}

	/** The base run's coverage notifications, named as the base version's. */
	private static JsonArray baseNotifications(JsonObject baseRun) {
		JsonArray notifications = notifications(baseRun);
		for (int i = 0; i < notifications.size(); i++) {
			JsonObject notification = notifications.get(i).getAsJsonObject();
			JsonObject descriptor = notification.getAsJsonObject("descriptor");
			descriptor.addProperty("id", descriptor.get("id").getAsString().replaceFirst("^coverage/", "coverage/base/"));
			JsonObject message = notification.getAsJsonObject("message");
			message.addProperty("text", "base version: " + message.get("text").getAsString());
		}
		return notifications;
	}

	private static JsonObject properties(ChangeReview review) {
		DiffVerdict verdict = review.verdict();
		JsonObject diff = new JsonObject();
		diff.addProperty("format", DiffJson.FORMAT);
		diff.addProperty("base", review.base().name());
		diff.addProperty("new", review.now().name());
		diff.addProperty("failOn", verdict.threshold().name());
		diff.addProperty("fails", verdict.fails());
		JsonArray reasons = new JsonArray();
		verdict.reasons().forEach(reasons::add);
		diff.add("reasons", reasons);
		JsonObject counts = new JsonObject();
		for (FindingDelta.Status status : FindingDelta.Status.values()) {
			counts.addProperty(baselineState(status), review.diff().findings().with(status).size());
		}
		diff.add("baselineStates", counts);
		diff.addProperty("elementChanges", review.diff().elements().changes().size());
		diff.addProperty("zoneMatrixChanges", review.diff().zoneMatrix().changes().size());
		JsonArray baseGaps = new JsonArray();
		review.diff().baseResult().coverage().gaps().stream().map(Gap::summary).forEach(baseGaps::add);
		diff.add("baseCoverageGaps", baseGaps);
		return diff;
	}
}
