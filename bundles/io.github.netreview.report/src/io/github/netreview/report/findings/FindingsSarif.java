package io.github.netreview.report.findings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.io.ElementLines;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Named;

/**
 * An analysis as a SARIF 2.1.0 log: every rule with its help, each finding a result with a logical location (the
 * device and the hops of its path), a physical location in the model file (the line of the element), the path as a
 * code flow, a waiver as an external suppression, and a partial fingerprint from rule and element ids that stays the
 * same across runs so CI can track findings; coverage gaps are notifications of the invocation.
 */
public final class FindingsSarif {

	/** NetReview's version, as the SARIF driver and --version give it. */
	public static final String VERSION = "0.1.0";

	/** How many elements of one coverage gap the log locates (the properties list them all). */
	private static final int MAX_GAP_LOCATIONS = 50;

	private FindingsSarif() {
	}

	public static String of(Path model, AnalysisResult result) {
		return of(model, result, null);
	}

	/**
	 * The log with, on each core finding that {@code proposal} removes, a SARIF fix: the proposal in words and, for its
	 * value changes, the rewritten lines of the model file.
	 */
	public static String of(Path model, AnalysisResult result, Proposal proposal) {
		ElementLines lines = ElementLines.of(model);
		String uri = uriOf(model);
		JsonObject run = new JsonObject();
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "NetReview");
		driver.addProperty("version", VERSION);
		driver.addProperty("informationUri", "https://github.com/netreview/netreview");
		JsonArray rules = new JsonArray();
		for (Rule rule : Rule.values()) {
			rules.add(rule(rule));
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		run.add("tool", tool);
		JsonArray results = new JsonArray();
		JsonArray fixes = proposal == null ? null : SarifFixes.of(lines, uri, proposal);
		for (Finding finding : result.findings()) {
			JsonObject entry = result(finding, uri, lines);
			if (fixes != null && !fixes.isEmpty() && (finding.rule() == Rule.RESTRICTED_PATH_TO_CORE || finding.rule() == Rule.RESTRICTED_DEVICE_IN_CORE)
					&& proposal.verification().removed().contains(id(finding.subject()))) {
				entry.add("fixes", fixes.deepCopy());
			}
			results.add(entry);
		}
		run.add("results", results);
		run.add("invocations", invocations(result.coverage(), uri, lines));
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
	private static JsonArray invocations(Coverage coverage, String uri, ElementLines lines) {
		JsonObject invocation = new JsonObject();
		invocation.addProperty("executionSuccessful", true);
		JsonArray notifications = new JsonArray();
		for (Gap gap : coverage.gaps()) {
			JsonObject notification = new JsonObject();
			JsonObject descriptor = new JsonObject();
			descriptor.addProperty("id", "coverage/" + gap.kind().name());
			notification.add("descriptor", descriptor);
			notification.addProperty("level", level(gap.severity()));
			notification.add("message", text(gap.summary()));
			JsonArray locations = new JsonArray();
			gap.elements().stream().limit(MAX_GAP_LOCATIONS).forEach(element -> locations.add(location(element, uri, lines, null)));
			notification.add("locations", locations);
			notifications.add(notification);
		}
		invocation.add("toolExecutionNotifications", notifications);
		JsonArray invocations = new JsonArray();
		invocations.add(invocation);
		return invocations;
	}

	private static JsonObject rule(Rule rule) {
		JsonObject object = new JsonObject();
		object.addProperty("id", rule.name());
		object.addProperty("name", camel(rule.name()));
		object.add("shortDescription", text(rule.title()));
		object.add("fullDescription", text(rule.help()));
		JsonObject help = text(rule.help());
		help.addProperty("markdown", "**" + rule.title() + "** (" + rule.severity().name().toLowerCase(Locale.ROOT) + ")\n\n" + rule.help());
		object.add("help", help);
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.severity()));
		object.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		JsonArray tags = new JsonArray();
		tags.add("security");
		tags.add("network");
		properties.add("tags", tags);
		properties.addProperty("severity", rule.severity().name());
		object.add("properties", properties);
		return object;
	}

	private static JsonObject result(Finding finding, String uri, ElementLines lines) {
		JsonObject object = new JsonObject();
		object.addProperty("ruleId", finding.rule().name());
		object.addProperty("ruleIndex", finding.rule().ordinal());
		object.addProperty("level", level(finding.severity()));
		object.add("message", text(finding.message()));
		JsonArray locations = new JsonArray();
		locations.add(location(finding.subject(), uri, lines, finding));
		object.add("locations", locations);
		if (!finding.path().isEmpty()) {
			object.add("codeFlows", codeFlow(finding, uri, lines));
		}
		JsonObject fingerprints = new JsonObject();
		fingerprints.addProperty("netreview/v1", fingerprint(finding));
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

	private static JsonObject location(EObject element, String uri, ElementLines lines, Finding finding) {
		JsonObject location = new JsonObject();
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", location(uri));
		int line = lines.lineOf(id(element));
		if (line > 0) {
			JsonObject region = new JsonObject();
			region.addProperty("startLine", line);
			physical.add("region", region);
		}
		location.add("physicalLocation", physical);
		JsonArray logical = new JsonArray();
		logical.add(logical(element));
		if (finding != null) {
			for (EObject hop : finding.path()) {
				if (hop instanceof Device && hop != element) {
					logical.add(logical(hop));
				}
			}
		}
		location.add("logicalLocations", logical);
		return location;
	}

	private static JsonObject logical(EObject element) {
		JsonObject logical = new JsonObject();
		logical.addProperty("name", element instanceof Named named && named.getName() != null && !named.getName().isBlank() ? named.getName() : id(element));
		logical.addProperty("fullyQualifiedName", id(element));
		logical.addProperty("kind", "resource");
		return logical;
	}

	private static JsonArray codeFlow(Finding finding, String uri, ElementLines lines) {
		JsonArray steps = new JsonArray();
		for (EObject hop : finding.path()) {
			if (hop instanceof Named named) {
				JsonObject step = new JsonObject();
				JsonObject location = location(hop, uri, lines, null);
				location.add("message", text(ElementLabels.describe(named)));
				step.add("location", location);
				steps.add(step);
			}
		}
		JsonObject threadFlow = new JsonObject();
		threadFlow.add("locations", steps);
		JsonArray threadFlows = new JsonArray();
		threadFlows.add(threadFlow);
		JsonObject flow = new JsonObject();
		flow.add("threadFlows", threadFlows);
		JsonArray flows = new JsonArray();
		flows.add(flow);
		return flows;
	}

	/** Rule and element ids (not the message, which names services and hop counts that may change), hashed. */
	static String fingerprint(Finding finding) {
		StringBuilder key = new StringBuilder(finding.rule().name());
		for (EObject element : finding.elements()) {
			key.append('|').append(id(element));
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

	private static String id(EObject element) {
		return element instanceof Identified identified ? identified.getId() : null;
	}

	/** The model's path as a relative URI reference (forward slashes, spaces and the like percent-encoded). */
	static String uriOf(Path model) {
		try {
			return new URI(null, null, model.toString().replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			return model.getFileName().toString();
		}
	}

	private static JsonObject location(String uri) {
		JsonObject location = new JsonObject();
		location.addProperty("uri", uri);
		return location;
	}

	private static JsonObject text(String text) {
		JsonObject object = new JsonObject();
		object.addProperty("text", text);
		return object;
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case CRITICAL, ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static String camel(String name) {
		StringBuilder text = new StringBuilder();
		for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
			text.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return text.toString();
	}
}
