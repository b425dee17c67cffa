package io.github.netreview.report.findings;

import java.util.List;
import java.util.Map;

import io.github.netreview.analysis.proposals.CreateElement;

/**
 * Elements a proposal creates written as the model file writes them: one element per line, named by its containment
 * feature, with its values as attributes (references by id) and the elements created inside it nested.
 */
final class XmiElements {

	private XmiElements() {
	}

	/** {@code create} and what {@code creates} adds inside it, indented by {@code indent}, each line ending in a newline. */
	static String of(CreateElement create, List<CreateElement> creates, String indent) {
		StringBuilder xml = new StringBuilder(indent).append('<').append(create.feature()).append(" id=\"").append(attribute(create.id()))
				.append('"');
		for (Map.Entry<String, String> value : create.values().entrySet()) {
			if (value.getValue() != null) {
				xml.append(' ').append(value.getKey()).append("=\"").append(attribute(value.getValue())).append('"');
			}
		}
		List<CreateElement> children = creates.stream().filter(child -> child.container().equals(create.id())).toList();
		if (children.isEmpty()) {
			return xml.append("/>\n").toString();
		}
		xml.append(">\n");
		for (CreateElement child : children) {
			xml.append(of(child, creates, indent + "  "));
		}
		return xml.append(indent).append("</").append(create.feature()).append(">\n").toString();
	}

	/** {@code value} as the model file writes an attribute value: exactly, whitespace other than spaces as references. */
	static String attribute(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("\t", "&#x9;")
				.replace("\n", "&#xA;").replace("\r", "&#xD;");
	}
}
