package io.github.netreview.report.findings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.io.ElementLines;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * A proposal as a SARIF fix: its title and changes as the description, each value it sets rewritten on the line of
 * the element in the model file (added, replaced or removed attribute), and each element it creates in an element of
 * the file written out after that element's line (with what it creates inside it nested). Lists (an interface's
 * addresses) and deletions are described, not written out. Empty when no line can be changed (SARIF needs one).
 */
final class SarifFixes {

	private SarifFixes() {
	}

	/** The fixes of {@code proposal} for the model file at {@code artifact}, whose elements' lines are {@code lines}. */
	static JsonArray of(ElementLines lines, JsonObject artifact, Proposal proposal) {
		JsonArray replacements = new JsonArray();
		StringBuilder words = new StringBuilder(proposal.title());
		List<CreateElement> creates = proposal.edits().stream().filter(CreateElement.class::isInstance).map(CreateElement.class::cast).toList();
		for (ModelEdit edit : proposal.edits()) {
			if (edit instanceof SetValue set) {
				words.append("; ").append(set.feature()).append(" of ").append(set.element()).append(" -> ")
						.append(set.newValue() == null ? "(unset)" : set.newValue());
				replace(lines, set, replacements);
			} else {
				words.append("; ").append(edit.getClass().getSimpleName()).append(' ').append(edit.element());
				if (edit instanceof CreateElement create) {
					insert(lines, create, creates, replacements);
				}
			}
		}
		JsonArray fixes = new JsonArray();
		if (replacements.isEmpty()) {
			return fixes;
		}
		JsonObject change = new JsonObject();
		change.add("artifactLocation", artifact);
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
		if (number == 0 || isList(set.feature())) {
			return; // a list (an interface's addresses) is written as elements of its own, not an attribute to rewrite
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
		return XmiElements.attribute(value);
	}

	/**
	 * Writes {@code create} after the line of its container when that is in the file (a container's element written
	 * on one line is opened for it and closed after it); an element inside one created too goes in with that.
	 */
	private static void insert(ElementLines lines, CreateElement create, List<CreateElement> creates, JsonArray replacements) {
		int number = lines.lineOf(create.container());
		if (number == 0) {
			return;
		}
		String line = lines.text(number);
		String indent = line.substring(0, line.length() - line.stripLeading().length());
		String element = XmiElements.of(create, creates, indent + "  ");
		JsonObject replacement = new JsonObject();
		JsonObject region = new JsonObject();
		JsonObject content = new JsonObject();
		Matcher tag = Pattern.compile("^\\s*<(\\S+)").matcher(line);
		if (line.stripTrailing().endsWith("/>") && tag.find()) {
			region.addProperty("startLine", number);
			String opened = line.stripTrailing();
			content.addProperty("text", opened.substring(0, opened.length() - 2) + ">\n" + element + indent + "</" + tag.group(1) + ">");
		} else {
			region.addProperty("startLine", number + 1);
			region.addProperty("startColumn", 1);
			region.addProperty("endColumn", 1);
			content.addProperty("text", element);
		}
		replacement.add("deletedRegion", region);
		replacement.add("insertedContent", content);
		replacements.add(replacement);
	}

	/** Whether the model has a list-valued feature of that name (such as an interface's addresses). */
	private static boolean isList(String feature) {
		for (EClassifier classifier : TopologyPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && type.getEStructuralFeature(feature) != null && type.getEStructuralFeature(feature).isMany()) {
				return true;
			}
		}
		return false;
	}
}
