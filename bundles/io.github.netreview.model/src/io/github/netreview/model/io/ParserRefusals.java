package io.github.netreview.model.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the XML parser's refusals that NetReview asked for, of a DTD and of a file beyond the parser's limits
 * (JAXP0001nnnn), without the parser's feature and property names.
 */
final class ParserRefusals {

	private static final Pattern CODE = Pattern.compile("^JAXP(\\d{8}): ");

	private static final Map<String, String> PROBLEMS = Map.of(
			"00010002", "an element has more attributes than a model file may have",
			"00010005", "a name, namespace or value is longer than a model file allows",
			"00010006", "elements are nested more than " + NestingLimit.LEVELS + " levels deep");

	private ParserRefusals() {
	}

	/** The problem in a user's words, or null when {@code message} is not about a DTD or one of the parser's limits. */
	static String problem(String message) {
		if (message != null && message.startsWith("DOCTYPE is disallowed")) {
			return "a model file may not have a DOCTYPE (no DTD or entity is ever read)";
		}
		Matcher code = CODE.matcher(message == null ? "" : message);
		if (!code.find()) {
			return null;
		}
		return PROBLEMS.getOrDefault(code.group(1), "the file is larger or more complex than a model file may be");
	}
}
