package io.github.netreview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Control and bidi characters shown, values cut, markup escaped; ordinary text left as it is. */
class SafeTextTest {

	@Test
	void leavesOrdinaryTextAlone() {
		String text = "cam-lobby-02 'Gi1/0/1' über 東京 😀";
		assertSame(text, SafeText.visible(text));
		assertEquals("", SafeText.visible(null));
	}

	@Test
	void showsNewlinesAndControlCharactersAsEscapes() {
		assertEquals("cam\\nCRITICAL forged", SafeText.visible("cam\nCRITICAL forged"));
		assertEquals("a\\u0000b\\u001B[31m\\u0009\\u000D\\u007F\\u0085", SafeText.visible("a\u0000b\u001B[31m\t\r\u007F\u0085"));
	}

	@Test
	void showsBidiControlsSeparatorsAndLoneSurrogatesVisibly() {
		assertEquals("cam<U+202E>gnp.exe<U+2066><U+200F><U+061C><U+2028>", SafeText.visible("cam\u202Egnp.exe\u2066\u200F\u061C\u2028"));
		assertEquals("<U+D83D>x<U+FFFF>", SafeText.visible("\uD83Dx\uFFFF"));
	}

	@Test
	void cutsLongValuesWithoutSplittingASurrogatePair() {
		assertEquals("abc...", SafeText.cut("abcdef", 3));
		assertEquals("abcdef", SafeText.cut("abcdef", 6));
		assertEquals("ab...", SafeText.cut("ab😀", 3), "the pair is kept whole or left out");
		assertEquals("'" + "x".repeat(SafeText.ECHOED) + "...'", SafeText.echo("x".repeat(10_000_000)));
		assertEquals("'a\\nb'", SafeText.echo("a\nb"));
	}

	@Test
	void escapesMarkupAfterMakingItVisible() {
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; 'x'", SafeText.markup("<script>alert(1)</script> & \"q\" 'x'"));
		assertEquals("a\\u0000b&lt;U+202E&gt;", SafeText.markup("a\u0000b\u202E"));
		assertEquals("", SafeText.markup(null));
	}
}
