package io.github.netreview.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;

/** The measures find what they should: crossings, lines through boxes, the drawing's shape and its text at fit. */
class LayoutQualityTest {

	@Test
	void straightLinesOfTheNestedRowsCrossAndPassThroughBoxes() throws IOException {
		Diagram diagram = (Diagram) ModelFiles.load(Path.of("../../examples/hq.netreview")).getContents().get(1);
		LayoutQuality quality = LayoutQuality.of(diagram, 1600, 1000);
		assertTrue(quality.crossings() > 0, quality.toString());
		assertTrue(quality.linksThroughBoxes() > 0, quality.toString());
		DrawnNodes drawn = DrawnNodes.of(diagram, 0);
		assertEquals(drawn.width / (double) drawn.height, quality.aspect(), 1e-9);
		double fit = Math.min(1600.0 / drawn.width, 1000.0 / drawn.height);
		assertEquals(Math.min(1, fit) * LayoutQuality.SMALLEST_TEXT, quality.smallestTextAtFit(), 1e-9);
	}

	@Test
	void segmentsCrossOnlyAtInnerPoints() {
		assertTrue(LayoutQuality.properlyCross(new int[] { 0, 0, 10, 10 }, new int[] { 0, 10, 10, 0 }));
		assertFalse(LayoutQuality.properlyCross(new int[] { 0, 0, 10, 10 }, new int[] { 10, 10, 20, 0 }), "meeting at an end");
		assertFalse(LayoutQuality.properlyCross(new int[] { 0, 0, 10, 0 }, new int[] { 0, 5, 10, 5 }), "parallel");
	}

	@Test
	void aSegmentCrossesABoxOnlyThroughItsInside() {
		int[] box = { 10, 10, 20, 20 };
		assertTrue(LayoutQuality.crossesBox(new int[] { 0, 15, 30, 15 }, box));
		assertTrue(LayoutQuality.crossesBox(new int[] { 0, 0, 30, 30 }, box), "diagonally through");
		assertFalse(LayoutQuality.crossesBox(new int[] { 0, 5, 30, 5 }, box), "above it");
		assertFalse(LayoutQuality.crossesBox(new int[] { 0, 10, 30, 10 }, box), "along its border");
		assertFalse(LayoutQuality.crossesBox(new int[] { 0, 0, 9, 30 }, box), "beside it");
	}
}
