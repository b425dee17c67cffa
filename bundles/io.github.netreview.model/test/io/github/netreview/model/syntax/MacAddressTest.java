package io.github.netreview.model.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

	@ParameterizedTest
	@ValueSource(strings = { "4C:BD:8F:12:34:56", "4c-bd-8f-12-34-56", "4cbd.8f12.3456", "4CBD8F123456", " 4c:bd:8f:12:34:56 " })
	void acceptsCommonNotationsAndPrintsColonForm(String text) {
		assertEquals("4C:BD:8F:12:34:56", MacAddress.parse(text).toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "4C:BD:8F:12:34", "4C:BD:8F:12:34:5G", "4C:BD-8F:12:34:56", "4C:BD:8F:12:34:56:78", "hello",
			"4CBD.8F12-3456", "4CBD8F12345", "+CBD8F123456", "4C:BD:8F:12:34:5\uFF16", "4C.BD.8F.12.34.56", "4CB.D8F1.23456" })
	void rejectsWhatIsNotAMac(String text) {
		assertFalse(MacAddress.isValid(text));
		SyntaxException error = assertThrows(SyntaxException.class, () -> MacAddress.parse(text));
		assertTrue(error.getMessage().contains(text), error.getMessage());
	}

	@Test
	void keepsAllFortyEightBits() {
		assertEquals(0xFFFFFFFFFFFFL, MacAddress.parse("FF:FF:FF:FF:FF:FF").value());
	}
}
