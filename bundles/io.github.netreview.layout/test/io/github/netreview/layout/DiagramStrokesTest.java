package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;

/** A drawing with strokes of its own: each device, link and zone outlined in its colour, width and dash; the rest as usual. */
class DiagramStrokesTest {

	@Test
	void devicesLinksAndZonesTakeTheirStrokes() throws Exception {
		Diagram diagram = (Diagram) ModelFiles.load(Path.of("../../examples/hq.netreview")).getContents().get(1);
		String svg = DiagramSvg.render(diagram, Set.of(), new DiagramStrokes(Map.of("dev-prn-01", new Stroke("#e00000", 3, true),
				"link-dev-prn-01", new Stroke("#e00000", 3, true), "dev-ap-02", new Stroke("#f0a000", 7, false)),
				Map.of("zone-cctv", new Stroke("#2e9d3a", 4, false))));
		assertEquals(1, count(svg, "<rect [^>]*rx=\"8\" fill=\"#ffffff\" stroke=\"#e00000\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>"),
				"the printer dashed red");
		assertEquals(1, count(svg, "<polyline [^>]*stroke=\"#e00000\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>"), "its cable dashed red");
		assertEquals(1, count(svg, "<rect [^>]*stroke=\"#f0a000\" stroke-width=\"7\"/>"), "the access point thick amber");
		assertEquals(1, count(svg, "<rect [^>]*rx=\"10\" [^>]*stroke=\"#2e9d3a\" stroke-width=\"4\"/>"), "the CCTV zone green");
		assertEquals(diagram.getNetwork().getDevices().size() - 2, count(svg, "<rect [^>]*rx=\"8\" fill=\"#ffffff\" stroke=\"#8a8a8a\" stroke-width=\"1\"/>"),
				"every other device as usual");
	}

	@Test
	void highlightedPathsAreTheStrokesOfPaths() throws Exception {
		Diagram diagram = (Diagram) ModelFiles.load(Path.of("../../examples/hq.netreview")).getContents().get(1);
		Map<String, String> highlight = Map.of("dev-core-sw-01", "#ff3d00", "link-dev-cam-lobby-02", "#ff3d00");
		assertEquals(DiagramSvg.render(diagram, Set.of(), highlight), DiagramSvg.render(diagram, Set.of(), DiagramStrokes.paths(highlight)));
		assertTrue(DiagramSvg.render(diagram, Set.of(), highlight).contains("stroke=\"#ff3d00\" stroke-width=\"5\"/>"));
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
