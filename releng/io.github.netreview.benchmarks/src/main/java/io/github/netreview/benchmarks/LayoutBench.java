package io.github.netreview.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.layout.LayoutQuality;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

/**
 * The layout benchmark table: for generated campus diagrams of each size (zones as clusters; above 1000 devices the
 * endpoints folded into their switches, or every device drawn for sizes given as NNNNflat), the time dot takes
 * through graphviz-java, median of three after one warm-up, and the quality of the result: link crossings, links
 * through a device box that is not one of their ends, width over height; then the headquarters example's smallest
 * text when fitted into 1600x1000. Run with releng/scripts/bench layout [SIZES].
 */
public final class LayoutBench {

	private static final int FIT_WIDTH = 1600;
	private static final int FIT_HEIGHT = 1000;

	private LayoutBench() {
	}

	public static void main(String[] args) throws IOException {
		List<String> sizes = List.of((args.length > 0 ? args[0] : "1000,2000,5000,5000flat,20000").split(","));
		System.out.printf(Locale.ROOT, "%-10s %7s %12s %10s %10s %7s  %s%n", "devices", "nodes", "layout (ms)", "crossings",
				"thru boxes", "aspect", "engine");
		for (String size : sizes) {
			boolean flat = size.endsWith("flat");
			int devices = Integer.parseInt(size.replace("flat", ""));
			Network network = CampusGenerator.generate(devices, 1);
			Diagram diagram = DiagramBuilder.build(network, "d", "Campus", flat ? Integer.MAX_VALUE : DiagramBuilder.GROUP_ABOVE);
			LayoutPlan[] last = new LayoutPlan[1];
			double millis = AnalysisBench.medianMillis(1, 3, () -> last[0] = DiagramLayout.layout(diagram));
			last[0].apply();
			LayoutQuality quality = LayoutQuality.of(diagram, FIT_WIDTH, FIT_HEIGHT);
			System.out.printf(Locale.ROOT, "%-10s %7d %12.0f %10d %10d %7.2f  %s%n", size, last[0].bounds().size(), millis, quality.crossings(),
					quality.linksThroughBoxes(), quality.aspect(), last[0].engine());
		}
		Diagram hq = (Diagram) ModelFiles.load(Path.of("examples/hq.netreview")).getContents().get(1);
		LayoutPlan plan = DiagramLayout.layout(hq);
		plan.apply();
		LayoutQuality quality = LayoutQuality.of(hq, FIT_WIDTH, FIT_HEIGHT);
		System.out.printf(Locale.ROOT, "%nexamples/hq.netreview after Auto Layout: %d crossings, %d links through boxes, aspect %.2f,"
				+ " smallest text at fit into %dx%d: %.1f px (%.0f px at 100%%)%n", quality.crossings(), quality.linksThroughBoxes(),
				quality.aspect(), FIT_WIDTH, FIT_HEIGHT, quality.smallestTextAtFit(), LayoutQuality.SMALLEST_TEXT);
	}
}
