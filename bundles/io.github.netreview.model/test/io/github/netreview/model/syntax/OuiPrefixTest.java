package io.github.netreview.model.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OuiPrefixTest {

	@Test
	void matchesMacsInsideTheBlockOnly() {
		OuiPrefix hikvision = OuiPrefix.parse("4C:BD:8F");
		assertTrue(hikvision.contains(MacAddress.parse("4C:BD:8F:00:00:01")));
		assertFalse(hikvision.contains(MacAddress.parse("4C:BD:90:00:00:01")));
	}

	@Test
	void supportsMediumAndSmallBlocks() {
		OuiPrefix medium = OuiPrefix.parse("40:2C:76:1");
		assertEquals(28, medium.length());
		assertTrue(medium.contains(MacAddress.parse("40:2C:76:1F:FF:FF")));
		assertFalse(medium.contains(MacAddress.parse("40:2C:76:20:00:00")));
		OuiPrefix small = OuiPrefix.parse("70B3D5123");
		assertEquals(36, small.length());
		assertTrue(small.contains(MacAddress.parse("70:B3:D5:12:3A:BC")));
		assertFalse(small.contains(MacAddress.parse("70:B3:D5:12:4A:BC")));
		assertEquals("70:B3:D5:12:3", small.toString());
	}

	@Test
	void rejectsOtherLengths() {
		assertFalse(OuiPrefix.isValid("4C:BD"));
		assertFalse(OuiPrefix.isValid("4C:BD:8F:12"));
		assertFalse(OuiPrefix.isValid("XX:BD:8F"));
	}
}
