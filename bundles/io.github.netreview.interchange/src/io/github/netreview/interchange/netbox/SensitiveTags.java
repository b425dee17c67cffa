package io.github.netreview.interchange.netbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The tags that mark a sensitive site, compared without case and separators (see the README for the list). */
public final class SensitiveTags {

	private static final Set<String> TAGS = Set.of("sensitive", "sensitivesite", "sitesensitive", "sensitiveyes", "sensitivetrue",
			"sensitivityhigh", "highsensitivity", "highsecurity", "securesite", "protectedsite");

	private SensitiveTags() {
	}

	public static boolean isSensitive(String tag) {
		return tag != null && TAGS.contains(tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
	}

	/** The first of {@code tags} that marks a sensitive site. */
	public static Optional<String> first(List<String> tags) {
		return tags.stream().filter(SensitiveTags::isSensitive).findFirst();
	}
}
