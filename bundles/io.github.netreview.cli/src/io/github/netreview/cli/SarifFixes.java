package io.github.netreview.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.io.ElementLines;

/**
 * A proposal as a SARIF fix: its title and changes as the description, and each value it sets rewritten on the line
 * of the element in the model file (added, replaced or removed attribute). Additions of new elements are described,
 * not written out. Empty when no line can be rewritten (SARIF needs at least one change).
 */
final class SarifFixes {

	private SarifFixes() {
	}

	/** The fixes of {@code proposal} for the model file at {@code uri}, whose elements' lines are {@code lines}. */
	static JsonArray of(ElementLines lines, String uri, Proposal proposal) {
		JsonArray replacements = new JsonArray();
		StringBuilder words = new StringBuilder(proposal.title());
		for (ModelEdit edit : proposal.edits()) {
			if (edit instanceof SetValue set) {
				words.append("; ").append(set.feature()).append(" of ").append(set.element()).append(" -> ")
						.append(set.newValue() == null ? "(unset)" : set.newValue());
				replace(lines, set, replacements);
			} else {
				words.append("; ").append(edit.getClass().getSimpleName()).append(' ').append(edit.element());
			}
		}
		JsonArray fixes = new JsonArray();
		if (replacements.isEmpty()) {
			return fixes;
		}
		JsonObject change = new JsonObject();
		JsonObject location = new JsonObject();
		location.addProperty("uri", uri);
		change.add("artifactLocation", location);
		change.add("replacements", replacements);
		JsonArray changes = new JsonArray();
		changes.add(change);
		JsonObject fix = new JsonObject();
		JsonObject description = new JsonObject();
		description.addProperty("text", "Proposal " + proposal.id() + ": " + words);
		fix.add("description", description);
		fix.add("artifactChanges", changes);
		fixes.add(fix);
		return fixes;
	}

	private static void replace(ElementLines lines, SetValue set, JsonArray replacements) {
		int number = lines.lineOf(set.element());
		if (number == 0) {
			return;
		}
		String line = lines.text(number);
		String marker = "id=\"" + set.element() + "\"";
		Matcher attribute = Pattern.compile("\\s" + Pattern.quote(set.feature()) + "=\"[^\"]*\"").matcher(line);
		String value = set.newValue() == null ? "" : " " + set.feature() + "=\"" + xmlAttribute(set.newValue()) + "\"";
		String rewritten = attribute.find() ? line.substring(0, attribute.start()) + value + line.substring(attribute.end())
				: line.replace(marker, marker + value);
		JsonObject region = new JsonObject();
		region.addProperty("startLine", number);
		JsonObject content = new JsonObject();
		content.addProperty("text", rewritten);
		JsonObject replacement = new JsonObject();
		replacement.add("deletedRegion", region);
		replacement.add("insertedContent", content);
		replacements.add(replacement);
	}

	/** {@code value} as the model file writes an attribute value: exactly, whitespace other than spaces as references. */
	private static String xmlAttribute(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("\t", "&#x9;")
				.replace("\n", "&#xA;").replace("\r", "&#xD;");
	}
}
