package io.github.netreview.report.findings;

import java.nio.file.Path;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.diff.FindingKey;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.model.io.ElementLines;

/**
 * An analysis as a SARIF 2.1.0 log: every rule with its help, each finding a result with a logical location (the
 * device and the hops of its path), a physical location in the model file (the line of the element, relative to the
 * source root), the path as a code flow, a waiver as an external suppression, and a partial fingerprint from rule and
 * element ids that stays the same across runs so CI can track findings; coverage gaps are notifications of the
 * invocation. The run's automation id keeps the logs of each model and command apart in GitHub code scanning.
 */
public final class FindingsSarif {

	/** NetReview's version, as the SARIF driver and --version give it. */
	public static final String VERSION = "0.1.0";

	/** The partial fingerprint NetReview gives each result, from its rule and element ids. */
	public static final String FINGERPRINT = FindingKey.FINGERPRINT;

	/** How many elements of one coverage gap the log locates (the properties list them all). */
	private static final int MAX_GAP_LOCATIONS = 50;

	private FindingsSarif() {
	}

	/**
	 * The log {@code netreview check MODEL --format sarif} writes, the model under the git work tree holding it: the
	 * application's Export > Findings (SARIF) writes exactly this.
	 */
	public static String of(Path model, AnalysisResult result) {
		return check(SarifArtifact.of(model), result, SarifBaseline.NONE);
	}

	/** The log of {@code netreview check}, each result marked against {@code baseline} (unless it is {@link SarifBaseline#NONE}). */
	public static String check(SarifArtifact model, AnalysisResult result, SarifBaseline baseline) {
		return log(model, "check", result, null, baseline);
	}

	/** The findings of {@code result} as the log of {@code netreview COMMAND}, named for it (automation id {@code netreview/COMMAND/PATH/}). */
	public static String of(SarifArtifact model, String command, AnalysisResult result) {
		return log(model, command, result, null, SarifBaseline.NONE);
	}

	/**
	 * The log of {@code netreview propose --format sarif}: the findings with, on each core finding that {@code proposal}
	 * removes, a SARIF fix: the proposal in words and, for its value changes, the rewritten lines of the model file.
	 */
	public static String propose(SarifArtifact model, AnalysisResult result, Proposal proposal) {
		return log(model, "propose", result, proposal, SarifBaseline.NONE);
	}

	private static String log(SarifArtifact model, String command, AnalysisResult result, Proposal proposal, SarifBaseline baseline) {
		ElementLines lines = ElementLines.of(model.model());
		SarifLocations locations = new SarifLocations(model, lines);
		JsonObject run = new JsonObject();
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "NetReview");
		driver.addProperty("version", VERSION);
		driver.addProperty("informationUri", "https://github.com/netreview/netreview");
		driver.add("rules", SarifRules.all());
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		run.add("tool", tool);
		JsonObject automation = new JsonObject();
		automation.addProperty("id", model.automationId(command));
		run.add("automationDetails", automation);
		run.add("originalUriBaseIds", model.originalUriBaseIds());
		JsonArray results = new JsonArray();
		JsonArray fixes = proposal == null ? null : SarifFixes.of(lines, model.location(), proposal);
		for (Finding finding : result.findings()) {
			JsonObject entry = result(finding, locations);
			if (fixes != null && !fixes.isEmpty() && (finding.rule() == Rule.RESTRICTED_PATH_TO_CORE || finding.rule() == Rule.RESTRICTED_DEVICE_IN_CORE)
					&& proposal.verification().removed().contains(SarifLocations.id(finding.subject()))) {
				entry.add("fixes", fixes.deepCopy());
			}
			results.add(entry);
		}
		baseline.mark(results);
		run.add("results", results);
		run.add("invocations", invocations(result.coverage(), locations));
		JsonObject properties = new JsonObject();
		properties.addProperty("catalog", result.catalogVersion());
		properties.add("coverage", FindingsJson.coverage(result.coverage()));
		properties.add("zonePolicy", FindingsJson.zonePolicy(result.zonePolicy()));
		run.add("properties", properties);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		log.addProperty("version", "2.1.0");
		JsonArray runs = new JsonArray();
		runs.add(run);
		log.add("runs", runs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
	}

	/** The run's one invocation, with each coverage gap as a tool execution notification (what was not judged, and where). */
	private static JsonArray invocations(Coverage coverage, SarifLocations locations) {
		JsonObject invocation = new JsonObject();
		invocation.addProperty("executionSuccessful", true);
		JsonArray notifications = new JsonArray();
		for (Gap gap : coverage.gaps()) {
			JsonObject notification = new JsonObject();
			JsonObject descriptor = new JsonObject();
			descriptor.addProperty("id", "coverage/" + gap.kind().name());
			notification.add("descriptor", descriptor);
			notification.addProperty("level", SarifRules.level(gap.severity()));
			notification.add("message", text(gap.summary()));
			JsonArray places = new JsonArray();
			gap.elements().stream().limit(MAX_GAP_LOCATIONS).forEach(element -> places.add(locations.of(element, null)));
			notification.add("locations", places);
			notifications.add(notification);
		}
		invocation.add("toolExecutionNotifications", notifications);
		JsonArray invocations = new JsonArray();
		invocations.add(invocation);
		return invocations;
	}

	private static JsonObject result(Finding finding, SarifLocations locations) {
		JsonObject object = new JsonObject();
		object.addProperty("ruleId", finding.rule().name());
		object.addProperty("ruleIndex", finding.rule().ordinal());
		object.addProperty("level", SarifRules.level(finding.severity()));
		object.add("message", text(finding.message()));
		JsonArray places = new JsonArray();
		places.add(locations.of(finding.subject(), finding));
		object.add("locations", places);
		if (!finding.path().isEmpty()) {
			object.add("codeFlows", locations.codeFlow(finding));
		}
		JsonObject fingerprints = new JsonObject();
		fingerprints.addProperty(FINGERPRINT, FindingKey.fingerprint(finding));
		object.add("partialFingerprints", fingerprints);
		if (finding.waived()) {
			JsonArray suppressions = new JsonArray();
			JsonObject suppression = new JsonObject();
			suppression.addProperty("kind", "external");
			suppression.addProperty("status", "accepted");
			suppression.addProperty("justification", "waiver " + finding.waiver().getId() + " until " + finding.waiver().getExpiry()
					+ (finding.waiver().getJustification() == null ? "" : ": " + finding.waiver().getJustification()));
			suppressions.add(suppression);
			object.add("suppressions", suppressions);
		}
		JsonObject properties = new JsonObject();
		properties.addProperty("severity", finding.severity().name());
		if (finding.services() != null) {
			properties.addProperty("services", finding.services());
		}
		if (!finding.cause().isEmpty()) {
			JsonArray cause = new JsonArray();
			finding.cause().forEach(cause::add);
			properties.add("cause", cause);
		}
		JsonArray basis = new JsonArray();
		finding.legalBasis().forEach(legal -> basis.add(legal.toString()));
		properties.add("legalBasis", basis);
		object.add("properties", properties);
		return object;
	}

	static JsonObject text(String text) {
		JsonObject object = new JsonObject();
		object.addProperty("text", text);
		return object;
	}
}
