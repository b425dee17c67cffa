package io.github.netreview.benchmarks;

import java.util.Arrays;
import java.util.Locale;

import io.github.netreview.layout.DiagramLayout;
import io.github.netreview.layout.LayoutPlan;
import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.notation.Diagram;
import io.github.netreview.model.topology.Network;

/**
 * The layout benchmark table: for generated campus diagrams of each size (every device drawn, zones as clusters), the
 * time dot takes through graphviz-java, median of three after one warm-up. Run with releng/scripts/bench layout [SIZES].
 */
public final class LayoutBench {

	private LayoutBench() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1_000, 2_000, 5_000 };
		System.out.printf(Locale.ROOT, "%-9s %7s %14s %s%n", "devices", "nodes", "layout (ms)", "engine");
		for (int size : sizes) {
			Network network = CampusGenerator.generate(size, 1);
			Diagram diagram = DiagramBuilder.build(network, "d", "Campus");
			LayoutPlan[] last = new LayoutPlan[1];
			double millis = AnalysisBench.medianMillis(1, 3, () -> last[0] = DiagramLayout.layout(diagram));
			System.out.printf(Locale.ROOT, "%-9d %7d %14.0f %s%n", size, last[0].bounds().size(), millis, last[0].engine());
		}
	}
}
