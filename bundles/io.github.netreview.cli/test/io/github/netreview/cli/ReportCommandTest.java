package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** report on the headquarters example: every section is there and the drawings are real SVG. */
class ReportCommandTest {

	@Test
	void headquartersReview(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("review.html");
		CliRun run = CliRun.of("report", "../../examples/hq.netreview", "--output", out.toString());
		assertEquals(0, run.code(), run.err());
		String html = Files.readString(out);
		for (String section : new String[] { "<h2>Summary</h2>", "<h2>Restricted devices</h2>", "<h2>Diagram</h2>", "<h2>Zone matrix</h2>",
				"<h2>Findings</h2>", "<h2>Segmentation proposals</h2>", "<h3>Proposal deny-rule:", "Collateral: device cut off", "<h4>Before</h4>", "<h4>After</h4>",
				"<h2>Waivers</h2>", "<h2>Catalog</h2>" }) {
			assertTrue(html.contains(section), section);
		}
		assertTrue(html.contains("cam-lobby-02") && html.contains("FCC_COVERED_LIST (2021-03-12)"), "inventory with legal basis");
		assertTrue(html.contains("class=\"red\""), "the zone matrix marks the staff LAN reaching the core");
		assertTrue(html.contains("Cameras stream to the NVR</td><td>works</td><td>works"), "required flows before and after");
		int svgs = html.split("<svg", -1).length - 1;
		assertTrue(svgs >= 4, "diagram, path drawings, before and after: " + svgs);
		int path = html.indexOf("<svg", html.indexOf("<h2>Findings</h2>"));
		String pathSvg = html.substring(path, html.indexOf("</svg>", path) + 6);
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(pathSvg)));
		assertTrue(pathSvg.contains("acc&#45;sw&#45;02") || pathSvg.contains("acc-sw-02"), "graphviz drew the path through acc-sw-02");
	}

	@Test
	void anUnknownProposalIsAUsageError(@TempDir Path dir) throws IOException {
		CliRun run = CliRun.of("report", "../../examples/hq.netreview", "--output", dir.resolve("r.html").toString(), "--proposal", "nope");
		assertEquals(2, run.code());
		assertTrue(run.err().contains("no such proposal (offered: deny-rule, minimum-cut, insert-firewall, replace, isolate)"), run.err());
	}
}
