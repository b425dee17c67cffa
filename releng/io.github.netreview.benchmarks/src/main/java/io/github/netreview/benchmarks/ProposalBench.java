package io.github.netreview.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.MinimumCutPlanner;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * The proposal benchmark table: for generated campuses of each size, the minimum cut alone (max flow over int arrays
 * from every restricted device with a core path to all core equipment) and the whole proposal run (every planner,
 * each draft verified by re-analysing a copy; above {@value #LARGEST_PROPOSE} devices only the cut unless asked with
 * a second argument {@code all}, since each verification re-analyses a full copy). Run with
 * releng/scripts/bench proposals [SIZES [all]].
 */
public final class ProposalBench {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
	private static final int LARGEST_PROPOSE = 100_000;

	private ProposalBench() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10_000, 100_000, 1_000_000 };
		System.out.printf(Locale.ROOT, "%-9s %14s %12s %10s %18s %s%n", "devices", "with core path", "min cut (ms)", "links cut",
				"propose+verify (ms)", "proposals (kind: weight)");
		boolean all = args.length > 1 && args[1].equals("all");
		for (int size : sizes) {
			row(size, all || size <= LARGEST_PROPOSE);
		}
	}

	private static void row(int size, boolean propose) {
		Network network = CampusGenerator.generate(size, 1);
		Analyzer analyzer = new Analyzer(TODAY, IeeeRegistry.system());
		Assessment assessment = Assessment.of(network, analyzer);
		Set<Device> sources = new LinkedHashSet<>();
		for (Finding finding : assessment.coreFindings()) {
			if (finding.rule() == Rule.RESTRICTED_PATH_TO_CORE) {
				sources.add((Device) finding.subject());
			}
		}
		List<Link> cut = MinimumCutPlanner.cut(assessment, sources);
		double cutMillis = AnalysisBench.medianMillis(2, 5, () -> MinimumCutPlanner.cut(assessment, sources));
		String proposeMillis = "-";
		String offered = "-";
		if (propose) {
			long start = System.nanoTime();
			List<Proposal> proposals = new Proposer(analyzer).propose(network);
			proposeMillis = String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e6);
			offered = String.join(", ", proposals.stream()
					.map(p -> p.id() + ": " + p.cost().weight() + (p.feasible() ? "" : " infeasible")).toList());
		}
		System.out.printf(Locale.ROOT, "%-9d %14d %12.1f %10d %18s %s%n", size, sources.size(), cutMillis, cut.size(), proposeMillis,
				offered);
	}
}
