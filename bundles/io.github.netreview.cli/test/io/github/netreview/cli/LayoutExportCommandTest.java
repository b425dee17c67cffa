package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.notation.Node;

/** layout and export on the example networks. */
class LayoutExportCommandTest {

	private static final Path HQ = Path.of("../../examples/hq.netreview");

	@Test
	void layoutWritesTheModelWithDotPositionsAndLeavesTheInputAlone(@TempDir Path dir) throws Exception {
		Path model = Files.copy(HQ, dir.resolve("hq.netreview"));
		byte[] before = Files.readAllBytes(model);
		Path out = dir.resolve("laid-out.netreview");
		CliRun run = CliRun.of("layout", model.toString(), "--output", out.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("Laid out diagram 'Headquarters': 46 nodes with dot\n"), run.out());
		assertTrue(run.err().contains("took"), "timings go to standard error");
		assertArrayEquals(before, Files.readAllBytes(model));
		Node original = ((Diagram) ModelFiles.load(model).getContents().get(1)).getNodes().get(0);
		Node laidOut = ((Diagram) ModelFiles.load(out).getContents().get(1)).getNodes().get(0);
		assertNotEquals(original.getWidth() + "x" + original.getHeight(), laidOut.getWidth() + "x" + laidOut.getHeight());
		CliRun nowhere = CliRun.of("layout", model.toString());
		assertEquals(2, nowhere.code());
		assertTrue(nowhere.err().contains("--output FILE, or --in-place"), nowhere.err());
	}

	@Test
	void exportsSvgWithTheOverlayAndDotWithClusters() throws IOException {
		CliRun svg = CliRun.of("export", HQ.toString(), "--format", "svg");
		assertEquals(0, svg.code(), svg.err());
		assertTrue(svg.out().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
		assertTrue(svg.out().contains("<title>cam-lobby-02 (restricted)</title>"));
		assertTrue(svg.out().contains("stroke=\"#ff3d00\" stroke-width=\"5\""), "the path to the core is highlighted");
		assertEquals(svg.out(), CliRun.of("export", HQ.toString(), "--format", "svg").out(), "deterministic");
		CliRun dot = CliRun.of("export", HQ.toString(), "--format", "dot", "--diagram", "Headquarters");
		assertEquals(0, dot.code(), dot.err());
		assertTrue(dot.out().startsWith("digraph netreview {"));
		assertTrue(dot.out().contains("subgraph cluster_0 {"));
	}

	@Test
	void exportsPngWithoutADisplay(@TempDir Path dir) throws IOException {
		Path png = dir.resolve("hq.png");
		CliRun run = CliRun.of("export", HQ.toString(), "--format", "png", "--output", png.toString());
		assertEquals(0, run.code(), run.err());
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 800 && image.getHeight() > 600, image.getWidth() + "x" + image.getHeight());
		CliRun toStdout = CliRun.of("export", HQ.toString(), "--format", "png");
		assertEquals(2, toStdout.code());
	}

	@Test
	void badExportArgumentsExitWithTwo() {
		CliRun format = CliRun.of("export", HQ.toString(), "--format", "gif");
		assertEquals(2, format.code());
		assertTrue(format.err().contains("--format must be svg, png, dot or csv"), format.err());
		CliRun diagram = CliRun.of("export", HQ.toString(), "--format", "svg", "--diagram", "Nope");
		assertEquals(2, diagram.code());
		assertTrue(diagram.err().contains("has no diagram named 'Nope'"), diagram.err());
	}
}
