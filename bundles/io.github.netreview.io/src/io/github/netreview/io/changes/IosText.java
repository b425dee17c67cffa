package io.github.netreview.io.changes;

import java.util.regex.Pattern;

import io.github.netreview.model.SafeText;

/**
 * Text from the model made safe for an IOS configuration: tokens where IOS parses a name (access lists, VLAN names),
 * and one visible line, cut short, where it only shows text (comments, remarks, descriptions).
 */
final class IosText {

	static final int ACL_NAME = 48;
	static final int VLAN_NAME = 32;
	static final int REMARK = 100;
	static final int DESCRIPTION = 200;
	/** How much of a model name a comment shows. */
	static final int SHOWN = 80;
	/** How long a whole comment may grow. */
	static final int NOTE = 400;

	private static final Pattern INTERFACE = Pattern.compile("[A-Za-z][A-Za-z0-9./:_-]{0,63}");

	private IosText() {
	}

	/**
	 * {@code text} as a token of letters, digits, '-', '_' and '.', every other run of characters one '-', starting
	 * with a letter ({@code prefix} is put in front otherwise) and at most {@code max} characters long (cut at a '-' when
	 * one is in the second half).
	 */
	static String token(String text, String prefix, int max) {
		String token = (text == null ? "" : text).replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
		if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
			token = prefix + token;
		}
		if (token.length() > max) {
			int boundary = token.lastIndexOf('-', max);
			token = token.substring(0, boundary > max / 2 ? boundary : max);
		}
		return token.replaceAll("[-.]+$", "");
	}

	/** Whether {@code name} can be typed after {@code interface} as it is (Gi1/0/30, Vlan30, Port-channel1, Gi0/1/0.40). */
	static boolean isInterfaceName(String name) {
		return name != null && INTERFACE.matcher(name).matches();
	}

	/** A model text on one visible line, cut to {@code max} characters. */
	static String line(String text, int max) {
		return SafeText.cut(SafeText.visible(text), max);
	}

	/** A model name as a comment shows it. */
	static String shown(String name) {
		return line(name, SHOWN);
	}

	/** A comment line. */
	static String comment(String text) {
		return "! " + line(text, NOTE);
	}
}
