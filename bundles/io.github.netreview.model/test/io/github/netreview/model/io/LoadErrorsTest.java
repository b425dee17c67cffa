package io.github.netreview.model.io;

import static io.github.netreview.model.io.BrokenFiles.lineOf;
import static io.github.netreview.model.io.BrokenFiles.refused;
import static io.github.netreview.model.io.BrokenFiles.smallXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LoadErrorsTest {

	@TempDir
	Path dir;

	@Test
	void aHugeBadValueIsCutToALineOfReadableLength() throws IOException {
		String value = "9".repeat(10 * 1024 * 1024);
		String xml = smallXml(dir).replace("vlanId=\"40\"", "vlanId=\"" + value + "\"");
		ModelLoadException error = refused(dir, "huge-value.netreview", xml);
		assertTrue(error.problem().startsWith("invalid value '" + "9".repeat(80) + "...' for 'vlanId'"),
				error.getMessage());
		assertTrue(error.getMessage().length() < 300, error.getMessage().length() + " characters");
		assertEquals(lineOf(xml, "vlanId=\"999"), error.line());
	}

	@Test
	void controlAndBidiCharactersInAValueAreShownAsEscapes() throws IOException {
		String xml = smallXml(dir).replace("vlanId=\"40\"", "vlanId=\"4&#x9;0\u202Eevil\"");
		ModelLoadException error = refused(dir, "bidi.netreview", xml);
		assertTrue(error.problem().contains("'4\\u00090\\u202Eevil'"), error.getMessage());
	}

	@Test
	void aFileInAnotherEncodingNamesTheByteAndItsLine() throws IOException {
		String xml = smallXml(dir).replace("name=\"Core\"", "name=\"C\u00e9ur\"");
		Path file = Files.write(dir.resolve("latin1.netreview"), xml.getBytes(StandardCharsets.ISO_8859_1));
		ModelLoadException error = refused(file);
		assertEquals(lineOf(xml, "C\u00e9ur"), error.line(), error.getMessage());
		assertTrue(error.problem().startsWith("byte 0xE9 at line " + error.line() + " is not UTF-8"), error.getMessage());
		assertFalse(error.getMessage().contains("Input length") || error.getMessage().contains("Invalid byte"));
	}

	@Test
	void aNulInANameGivesTheFileAndLine() throws IOException {
		for (String nul : new String[] { "\u0000", "&#0;", "&#x0;" }) {
			String xml = smallXml(dir).replace("name=\"Core\"", "name=\"Co" + nul + "re\"");
			ModelLoadException error = refused(dir, "nul.netreview", xml);
			assertEquals(lineOf(xml, "Co" + nul), error.line(), error.getMessage());
			assertTrue(error.column() > 0, error.getMessage());
		}
	}

	@Test
	void parserLimitsAreWordedWithoutTheJdksPropertyNames() throws IOException {
		String xml = smallXml(dir).replace("<sites ", "<sites " + "x".repeat(5000) + "=\"1\" ");
		ModelLoadException error = refused(dir, "long-name.netreview", xml);
		assertTrue(error.problem().contains("longer than a model file allows"), error.getMessage());
		assertFalse(error.getMessage().matches(".*(JAXP|jdk\\.xml|FEATURE_SECURE_PROCESSING).*"), error.getMessage());
	}
}
