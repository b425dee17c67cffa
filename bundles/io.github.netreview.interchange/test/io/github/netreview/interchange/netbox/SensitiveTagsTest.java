package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The tags that mark a sensitive site, whatever their case and separators. */
class SensitiveTagsTest {

	@Test
	void theCommonVariantsAreSensitive() {
		for (String tag : List.of("sensitive", "Sensitive", "sensitive-site", "Sensitive Site", "SENSITIVE_SITE", "site-sensitive",
				"sensitive:yes", "Sensitive: true", "sensitivity:high", "high-sensitivity", "high-security", "secure-site", "Protected Site")) {
			assertTrue(SensitiveTags.isSensitive(tag), tag);
		}
	}

	@Test
	void otherTagsAreNot() {
		for (String tag : List.of("insensitive", "sensitive:no", "sensitivity:low", "secure", "site", "cctv", "")) {
			assertFalse(SensitiveTags.isSensitive(tag), tag);
		}
		assertFalse(SensitiveTags.isSensitive(null));
	}

	@Test
	void theFirstSensitiveTagIsNamed() {
		assertEquals(Optional.of("Secure-Site"), SensitiveTags.first(List.of("zone:Core", "Secure-Site", "sensitive")));
		assertEquals(Optional.empty(), SensitiveTags.first(List.of("zone:Core")));
	}
}
