package io.github.netreview.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.IncrementalAnalyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.proposals.Assessment;
import io.github.netreview.analysis.proposals.MinimumCutPlanner;
import io.github.netreview.analysis.proposals.Proposal;
import io.github.netreview.analysis.proposals.Proposer;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * The proposal benchmark table: for generated campuses of each size, the analysis alone, the baseline of an
 * incremental re-check (the analysis brought up to date after one VLAN edit, median), the minimum cut alone, and the
 * whole proposal run (every planner, each draft verified on the network itself and undone), with the peak heap of
 * the analysis alone and of assessing and proposing, both as heap used (garbage included) and as heap live at once.
 * Run with releng/scripts/bench proposals [SIZES].
 */
public final class ProposalBench {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
	private static final int LIVE_SAMPLE_MILLIS = 100;

	private ProposalBench() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10_000, 100_000, 1_000_000 };
		System.out.printf(Locale.ROOT, "%-9s %10s %13s %13s %12s %10s %17s %9s %16s %16s %16s %16s  %s%n", "devices", "core paths",
				"analysis (ms)", "re-check (ms)", "min cut (ms)", "links cut", "propose+verify ms", "x re-check", "peak analysis MB",
				"peak propose MB", "live analysis MB", "live propose MB", "proposals (kind: weight)");
		for (int size : sizes) {
			row(size);
		}
	}

	private static void row(int size) {
		Network network = CampusGenerator.generate(size, 1);
		Analyzer analyzer = new Analyzer(TODAY, IeeeRegistry.system());
		Proposer proposer = new Proposer(analyzer);
		boolean big = size >= 1_000_000;
		double analysisMillis = AnalysisBench.medianMillis(big ? 1 : 3, big ? 3 : 5, () -> proposer.assess(network));
		Assessment assessment = proposer.assess(network);
		Set<Device> sources = new LinkedHashSet<>();
		for (Finding finding : assessment.coreFindings()) {
			if (finding.rule() == Rule.RESTRICTED_PATH_TO_CORE) {
				sources.add((Device) finding.subject());
			}
		}
		List<Link> cut = MinimumCutPlanner.cut(assessment, sources);
		double cutMillis = AnalysisBench.medianMillis(2, 5, () -> MinimumCutPlanner.cut(assessment, sources));
		List<Proposal> proposals = proposer.propose(assessment);
		double proposeMillis = AnalysisBench.medianMillis(big ? 1 : 2, big ? 3 : 5, () -> proposer.propose(proposer.assess(network)))
				- analysisMillis;
		long analysisPeak = peakHeap(() -> proposer.assess(network));
		long proposePeak = peakHeap(() -> proposer.propose(proposer.assess(network)));
		long analysisLive = peakLive(() -> proposer.assess(network));
		long proposeLive = peakLive(() -> proposer.propose(proposer.assess(network)));
		double recheck = recheckMillis(network);
		String offered = String.join(", ", proposals.stream().map(p -> p.id() + ": " + p.cost().weight() + (p.feasible() ? "" : " infeasible")).toList());
		System.out.printf(Locale.ROOT, "%-9d %10d %13.0f %13.2f %12.1f %10d %17.0f %9.0f %16d %16d %16d %16d  %s%n", size, sources.size(),
				analysisMillis, recheck, cutMillis, cut.size(), proposeMillis, proposeMillis / recheck, analysisPeak >> 20, proposePeak >> 20,
				analysisLive >> 20, proposeLive >> 20, offered);
	}

	/** The median time of an incremental analysis brought up to date after one edit: a camera's access port retagged. */
	private static double recheckMillis(Network network) {
		List<Interface> ports = network.getLinks().stream().filter(l -> l.getEndA().getDevice().getRole() == DeviceRole.CAMERA)
				.map(Link::getEndB).toList();
		Random random = new Random(7);
		try (IncrementalAnalyzer incremental = new IncrementalAnalyzer(network, TODAY, IeeeRegistry.system())) {
			incremental.result();
			return AnalysisBench.medianMillis(20, 101, () -> {
				Interface port = ports.get(random.nextInt(ports.size()));
				port.setAccessVlan(port.getAccessVlan() == 40 ? 30 : 40);
				incremental.result();
			});
		}
	}

	/**
	 * The most heap that is live (reachable) at once while {@code work} runs, the network included: a sampler collects
	 * all garbage every {@value #LIVE_SAMPLE_MILLIS} ms and reads what is left. The peak above counts garbage too, which
	 * a large young generation lets pile up; this one is what the work needs.
	 */
	private static long peakLive(Supplier<?> work) {
		long[] most = { 0 };
		Thread sampler = new Thread(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					most[0] = Math.max(most[0], liveNow());
					Thread.sleep(LIVE_SAMPLE_MILLIS);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		Object result = work.get();
		sampler.interrupt();
		try {
			sampler.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		long atEnd = liveNow();
		Reference.reachabilityFence(result); // what the work made is counted at its end
		return Math.max(most[0], atEnd);
	}

	private static long liveNow() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** The highest heap use while {@code work} runs, the network and what was in use before included. */
	private static long peakHeap(Supplier<?> work) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		work.get();
		return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
