package io.github.netreview.report.findings;

import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;

/**
 * The rules of a SARIF log: each with its help, the README section that explains it ({@code helpUri}), its level and
 * the {@code security-severity} that GitHub code scanning ranks alerts by (critical, high, medium, low).
 */
final class SarifRules {

	/** Where the rules are explained: the README of NetReview's repository, each rule an anchor {@code rule-...} in its table. */
	static final String HELP_BASE = "https://github.com/netreview/netreview/blob/main/README.md";

	private SarifRules() {
	}

	/** Every rule, in the order of {@link Rule}, so that a result's {@code ruleIndex} is its rule's ordinal. */
	static JsonArray all() {
		JsonArray rules = new JsonArray();
		for (Rule rule : Rule.values()) {
			rules.add(rule(rule));
		}
		return rules;
	}

	/** The README anchor of {@code rule}: {@code rule-restricted-path-to-core} for RESTRICTED_PATH_TO_CORE. */
	static String anchor(Rule rule) {
		return "rule-" + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The score GitHub code scanning turns into an alert's security severity: 9.0 and up critical, 7.0 to 8.9 high, 4.0
	 * to 6.9 medium, below that low. SARIF's levels cannot tell critical from error; this can.
	 */
	static String securitySeverity(Severity severity) {
		return switch (severity) {
		case CRITICAL -> "9.5";
		case ERROR -> "7.5";
		case WARNING -> "5.0";
		case INFO -> "2.0";
		};
	}

	/** SARIF's level for a severity: critical and error are both {@code error}. */
	static String level(Severity severity) {
		return switch (severity) {
		case CRITICAL, ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static JsonObject rule(Rule rule) {
		JsonObject object = new JsonObject();
		object.addProperty("id", rule.name());
		object.addProperty("name", camel(rule.name()));
		object.add("shortDescription", FindingsSarif.text(rule.title()));
		object.add("fullDescription", FindingsSarif.text(rule.help()));
		JsonObject help = FindingsSarif.text(rule.help());
		help.addProperty("markdown", "**" + rule.title() + "** (" + rule.severity().name().toLowerCase(Locale.ROOT) + ")\n\n" + rule.help());
		object.add("help", help);
		object.addProperty("helpUri", HELP_BASE + "#" + anchor(rule));
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.severity()));
		object.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		JsonArray tags = new JsonArray();
		tags.add("security");
		tags.add("network");
		properties.add("tags", tags);
		properties.addProperty("severity", rule.severity().name());
		properties.addProperty("security-severity", securitySeverity(rule.severity()));
		object.add("properties", properties);
		return object;
	}

	private static String camel(String name) {
		StringBuilder text = new StringBuilder();
		for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
			text.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return text.toString();
	}
}
