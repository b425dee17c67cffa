package io.github.netreview.report.diff;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.diff.CoverageDelta;
import io.github.netreview.analysis.diff.ElementChange;
import io.github.netreview.analysis.diff.FeatureChange;
import io.github.netreview.analysis.diff.FindingDelta;
import io.github.netreview.analysis.diff.MatrixDelta;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.report.findings.FindingsJson;

/**
 * A change as JSON for scripts ({@value #FORMAT}): both versions with their coverage, the verdict, and every element
 * change, finding (unchanged ones too, each as {@code check --format json} writes it), zone-matrix cell and coverage
 * gap that changed.
 */
public final class DiffJson {

	/** The format and its version, the document's {@code format}. */
	public static final String FORMAT = "netreview-diff/1";

	private DiffJson() {
	}

	public static String of(ChangeReview review) {
		Written base = Written.of(review.base(), review.diff().baseResult());
		Written now = Written.of(review.now(), review.diff().newResult());
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.add("base", base.summary());
		root.add("new", now.summary());
		root.add("verdict", verdict(review.verdict()));
		root.add("elements", elements(review.diff().elements().changes()));
		root.add("findings", findings(review, base, now));
		root.add("zoneMatrix", matrix(review.diff().zoneMatrix()));
		root.add("coverage", coverage(review.diff().coverage()));
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	private static JsonObject verdict(DiffVerdict verdict) {
		JsonObject object = new JsonObject();
		object.addProperty("failOn", verdict.threshold().name());
		object.addProperty("fails", verdict.fails());
		object.addProperty("worsened", verdict.worsened().size());
		object.addProperty("baseJudged", verdict.baseUnjudged().isEmpty());
		object.addProperty("newJudged", verdict.newUnjudged().isEmpty());
		JsonArray reasons = new JsonArray();
		verdict.reasons().forEach(reasons::add);
		object.add("reasons", reasons);
		return object;
	}

	private static JsonArray elements(List<ElementChange> changes) {
		JsonArray array = new JsonArray();
		for (ElementChange change : changes) {
			JsonObject object = new JsonObject();
			object.addProperty("kind", change.kind().name());
			object.addProperty("type", change.type());
			object.addProperty("id", change.id());
			object.addProperty("label", change.label());
			JsonArray features = new JsonArray();
			for (FeatureChange feature : change.features()) {
				JsonObject entry = new JsonObject();
				entry.addProperty("feature", feature.feature());
				entry.addProperty("before", feature.before());
				entry.addProperty("after", feature.after());
				features.add(entry);
			}
			object.add("features", features);
			array.add(object);
		}
		return array;
	}

	/** Each finding with its status and, as {@code check} writes it, the finding (the base's when fixed) and, when changed, the base's. */
	private static JsonArray findings(ChangeReview review, Written base, Written now) {
		DiffVerdict verdict = review.verdict();
		JsonArray array = new JsonArray();
		for (FindingDelta.Entry entry : review.diff().findings().entries()) {
			JsonObject object = new JsonObject();
			object.addProperty("status", entry.status().name());
			object.addProperty("rule", entry.key().rule().name());
			object.addProperty("severity", entry.severity().name());
			JsonArray ids = new JsonArray();
			entry.key().ids().forEach(ids::add);
			object.add("ids", ids);
			object.addProperty("worsened", entry.worsened());
			object.addProperty("fails", verdict.worsened().contains(entry));
			JsonArray differences = new JsonArray();
			for (FindingDelta.Difference difference : entry.differences()) {
				JsonObject item = new JsonObject();
				item.addProperty("aspect", difference.aspect().name());
				item.addProperty("before", difference.before());
				item.addProperty("after", difference.after());
				differences.add(item);
			}
			object.add("differences", differences);
			object.add("finding", entry.now() != null ? now.findings().get(entry.now()) : base.findings().get(entry.base()));
			object.add("before", entry.status() == FindingDelta.Status.CHANGED ? base.findings().get(entry.base()) : JsonNull.INSTANCE);
			array.add(object);
		}
		return array;
	}

	private static JsonArray matrix(MatrixDelta delta) {
		JsonArray array = new JsonArray();
		for (MatrixDelta.CellChange change : delta.changes()) {
			JsonObject object = new JsonObject();
			object.addProperty("from", change.fromId());
			object.addProperty("fromName", change.fromName());
			object.addProperty("to", change.toId());
			object.addProperty("toName", change.toName());
			object.add("before", cell(change.before()));
			object.add("after", cell(change.after()));
			array.add(object);
		}
		return array;
	}

	private static JsonObject cell(MatrixDelta.Cell cell) {
		JsonObject object = new JsonObject();
		object.addProperty("present", cell.present());
		object.addProperty("state", cell.state() == null ? null : cell.state().name());
		object.addProperty("services", cell.present() ? cell.services() : null);
		object.add("via", strings(cell.via()));
		object.add("conduits", strings(cell.conduits()));
		return object;
	}

	private static JsonObject coverage(CoverageDelta delta) {
		JsonObject object = new JsonObject();
		object.addProperty("completeBefore", delta.completeBefore());
		object.addProperty("completeAfter", delta.completeAfter());
		JsonArray changes = new JsonArray();
		for (CoverageDelta.GapChange change : delta.changes()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("kind", change.kind().name());
			entry.addProperty("severity", change.severity().name());
			entry.addProperty("before", change.before());
			entry.addProperty("after", change.after());
			entry.add("added", strings(change.added()));
			entry.add("resolved", strings(change.resolved()));
			changes.add(entry);
		}
		object.add("changes", changes);
		return object;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	/** One version as {@code check --format json} writes it: a summary, and each finding by the finding it is written from. */
	private record Written(JsonObject summary, Map<Finding, JsonElement> findings) {

		static Written of(ChangeReview.Version version, AnalysisResult result) {
			JsonObject check = JsonParser.parseString(FindingsJson.of(version.file(), version.network(), result)).getAsJsonObject();
			JsonObject summary = new JsonObject();
			summary.addProperty("model", version.name());
			for (String key : List.of("network", "devices", "restricted", "catalog")) {
				summary.add(key, check.get(key));
			}
			summary.addProperty("findings", result.findings().size());
			summary.add("coverage", check.get("coverage"));
			summary.add("zonePolicy", check.get("zonePolicy"));
			JsonArray written = check.getAsJsonArray("findings"); // in the order of the result's findings
			Map<Finding, JsonElement> findings = new IdentityHashMap<>();
			for (int i = 0; i < result.findings().size(); i++) {
				findings.put(result.findings().get(i), written.get(i));
			}
			return new Written(summary, findings);
		}
	}
}
