package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.SafeText;

/** The three renderings of a change request whose every text is hostile: nothing forges a line, markup or a fence. */
class ChangeRequestRenderingsTest {

	private static final String ODD = "cam\nCRITICAL forged <script>alert(1)</script> & *bold* [x](http://evil) | ``` \u202Eexe";

	private static ChangeRequest odd() {
		ConfigLine comment = new ConfigLine(IosText.comment(ODD), 0);
		ConfigLine fence = new ConfigLine("! ````` a longer fence", 0);
		DeviceConfig device = new DeviceConfig(ODD, ODD, ODD, List.of(comment, fence, new ConfigLine("configure terminal", -1),
				new ConfigLine("end", -1)));
		ChangeRow row = new ChangeRow(ODD, ODD, ODD, ODD, ODD, 0);
		return new ChangeRequest(ODD, ODD, ODD, ODD, ODD, ODD, LocalDate.of(2026, 11, 29), false, "INFEASIBLE: " + ODD, ODD,
				List.of(new ChangeRequest.Fact(ODD, List.of(ODD))), List.of(device), List.of(row), List.of(device), List.of(row));
	}

	@Test
	void textKeepsEveryValueOnItsLine() {
		String text = ChangeRequestText.of(odd());
		assertTrue(text.lines().allMatch(line -> SafeText.visible(line).equals(line)), text);
		assertTrue(text.lines().noneMatch(line -> line.startsWith("CRITICAL")), text);
		assertTrue(text.contains("INFEASIBLE"), text);
	}

	@Test
	void markdownEscapesMarkupAndFencesCodeBeyondItsLongestBacktickRun() {
		String markdown = ChangeRequestMarkdown.of(odd());
		assertTrue(markdown.contains("\n``````text\n"), "a fence longer than the block's five backticks");
		String outsideCode = markdown.replaceAll("(?s)\n``````text\n.*?\n``````\n", "\n");
		assertFalse(outsideCode.contains("<script>"), outsideCode);
		assertFalse(outsideCode.contains("*bold*"), outsideCode);
		assertFalse(outsideCode.contains("http://evil"), outsideCode);
		assertTrue(outsideCode.contains("\\<script\\>") && outsideCode.contains("\\*bold\\*") && outsideCode.contains("\\| "), outsideCode);
		assertTrue(markdown.lines().noneMatch(line -> line.startsWith("CRITICAL")), markdown);
	}

	@Test
	void htmlIsEscapedAndSelfContained() {
		String html = ChangeRequestHtml.of(odd());
		assertFalse(html.contains("<script"), html);
		assertTrue(html.contains("&lt;script&gt;"), html);
		assertFalse(html.contains("\u202E"), html);
		assertFalse(html.contains("src=") || html.contains("href=") || html.contains("@import"), "nothing is loaded from elsewhere");
		assertTrue(html.contains("<td class=\"infeasible\">"), html);
	}

	@Test
	void aFenceIsThreeBackticksWhenTheBlockHasNone() {
		assertEquals("```", ChangeRequestMarkdown.fence(List.of(new ConfigLine("interface Gi1/0/1", -1))));
	}
}
