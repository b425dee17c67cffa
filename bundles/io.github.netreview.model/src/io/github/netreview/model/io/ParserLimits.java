package io.github.netreview.model.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words the XML parser's refusals of a file beyond its limits (JAXP0001nnnn) without the JDK's property names. */
final class ParserLimits {

	private static final Pattern CODE = Pattern.compile("^JAXP(\\d{8}): ");

	private static final Map<String, String> PROBLEMS = Map.of(
			"00010002", "an element has more attributes than a model file may have",
			"00010005", "a name, namespace or value is longer than a model file allows",
			"00010006", "elements are nested more than " + NestingLimit.LEVELS + " levels deep");

	private ParserLimits() {
	}

	/** The problem in a user's words, or null when {@code message} is not about one of the parser's limits. */
	static String problem(String message) {
		Matcher code = CODE.matcher(message == null ? "" : message);
		if (!code.find()) {
			return null;
		}
		return PROBLEMS.getOrDefault(code.group(1), "the file is larger or more complex than a model file may be");
	}
}
