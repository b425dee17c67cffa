package io.github.netreview.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.EList;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.IncrementalAnalyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.generate.CampusGenerator;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;

/**
 * The analysis benchmark table: for generated campuses of each size, the full analysis (index, forwarding, findings,
 * zone matrix); the memory kept by its model snapshot (the index) and by the snapshot with the forwarding structures
 * made from it; its peak heap; the incremental re-check after single edits (median and p99); and a hand-written
 * array BFS over the same devices and links as a baseline. Run with releng/scripts/bench analysis.
 */
public final class AnalysisBench {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private AnalysisBench() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10_000, 100_000, 1_000_000 };
		System.out.printf(Locale.ROOT, "%-9s %11s %11s %12s %12s %12s %11s %-44s%n", "devices", "full (ms)", "BFS (ms)",
				"snapshot B/d", "analysis B/d", "peak heap MB", "restricted", "incremental after one edit, median/p99 (ms)");
		for (int size : sizes) {
			row(size);
		}
	}

	private static void row(int size) {
		Network network = CampusGenerator.generate(size, 1);
		Analyzer analyzer = new Analyzer(TODAY, IeeeRegistry.system());
		double full = medianMillis(size >= 1_000_000 ? 2 : 15, size >= 1_000_000 ? 3 : 9, () -> analyzer.analyze(network));
		ArrayBfs baseline = ArrayBfs.of(network);
		double bfs = medianMillis(3, 5, baseline::run);
		// several copies, so that one collection more or less before or after does not swamp the difference
		int copies = Math.max(3, 1_000_000 / size);
		long snapshot = retainedBytes(() -> {
			List<Object> kept = new ArrayList<>();
			for (int i = 0; i < copies; i++) {
				kept.add(NetworkIndex.of(network));
			}
			return kept;
		}) / copies;
		long analysis = retainedBytes(() -> {
			List<Object> kept = new ArrayList<>();
			for (int i = 0; i < copies; i++) {
				NetworkIndex index = NetworkIndex.of(network);
				kept.add(index);
				kept.add(ForwardingAnalysis.of(index));
			}
			return kept;
		}) / copies;
		long peak = peakHeap(() -> analyzer.analyze(network));
		AnalysisResult result = analyzer.analyze(network);
		String incremental = incremental(network, size >= 1_000_000 ? 200 : 1000);
		System.out.printf(Locale.ROOT, "%-9d %11.1f %11.2f %12d %12d %12d %11d %s%n", size, full, bfs, snapshot / size,
				analysis / size, peak >> 20, result.restricted().size(), incremental);
	}

	/** Median and p99 of result() after each kind of single edit, measured after as many unmeasured edits of the kind. */
	private static String incremental(Network network, int edits) {
		Random random = new Random(7);
		List<Device> cameras = network.getDevices().stream().filter(d -> d.getRole() == DeviceRole.CAMERA).toList();
		List<Device> firewalls = network.getDevices().stream().filter(d -> d.getPolicy() != null).toList();
		Map<Device, Link> cable = new IdentityHashMap<>();
		for (Link link : network.getLinks()) {
			cable.put(link.getEndA().getDevice(), link);
		}
		StringBuilder text = new StringBuilder();
		try (IncrementalAnalyzer incremental = new IncrementalAnalyzer(network, TODAY, IeeeRegistry.system())) {
			incremental.result();
			text.append(measure("link", edits, incremental, i -> {
				Link link = cable.get(cameras.get(random.nextInt(cameras.size())));
				link.setEnabled(!link.isEnabled());
			}));
			text.append(measure("vlan", edits, incremental, i -> {
				Interface port = cable.get(cameras.get(random.nextInt(cameras.size()))).getEndB();
				port.setAccessVlan(port.getAccessVlan() == 40 ? 30 : 40);
			}));
			text.append(measure("rule", edits, incremental, i -> {
				Device firewall = firewalls.get(random.nextInt(firewalls.size()));
				EList<FirewallRule> rules = firewall.getPolicy().getRules();
				if (rules.get(0).getId().startsWith("bench-")) {
					rules.remove(0);
				} else {
					FirewallRule rule = new NetworkBuilder("x", "x").rule(firewall.getPolicy(), "bench-" + i, "bench", Action.DENY,
							null, null, Protocol.TCP, "554");
					rules.move(0, rule);
				}
			}));
			text.append(measure("maker", edits, incremental, i -> {
				Device camera = cameras.get(random.nextInt(cameras.size()));
				camera.setManufacturer("Hikvision".equals(camera.getManufacturer()) ? "Axis Communications AB" : "Hikvision");
			}));
		}
		return text.toString();
	}

	private static String measure(String kind, int edits, IncrementalAnalyzer incremental, Consumer<Integer> edit) {
		for (int i = 0; i < edits; i++) {
			edit.accept(i);
			incremental.result();
		}
		double[] millis = new double[edits];
		for (int i = 0; i < edits; i++) {
			edit.accept(edits + i);
			long start = System.nanoTime();
			incremental.result();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return String.format(Locale.ROOT, "%s %.2f/%.2f  ", kind, millis[edits / 2], millis[(int) Math.ceil(edits * 0.99) - 1]);
	}

	static double medianMillis(int warmups, int runs, Runnable work) {
		for (int i = 0; i < warmups; i++) {
			work.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[runs / 2];
	}

	/** Heap still in use after building what {@code build} returns, beyond what was in use before. */
	private static long retainedBytes(Supplier<Object> build) {
		long before = usedAfterGc();
		Object kept = build.get();
		long after = usedAfterGc();
		Reference.reachabilityFence(kept);
		return after - before;
	}

	/** The highest heap use while {@code work} runs. */
	private static long peakHeap(Runnable work) {
		usedAfterGc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		work.run();
		return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** The baseline: devices and links as int arrays, breadth-first from every camera at once. */
	private static final class ArrayBfs {
		private final int[] start;
		private final int[] neighbours;
		private final int[] sources;
		private final int devices;

		private ArrayBfs(int devices, int[] start, int[] neighbours, int[] sources) {
			this.devices = devices;
			this.start = start;
			this.neighbours = neighbours;
			this.sources = sources;
		}

		static ArrayBfs of(Network network) {
			List<Device> all = network.getDevices();
			Map<Device, Integer> index = new IdentityHashMap<>();
			List<Integer> sources = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				index.put(all.get(i), i);
				if (all.get(i).getRole() == DeviceRole.CAMERA) {
					sources.add(i);
				}
			}
			int[] degree = new int[all.size() + 1];
			int[][] ends = new int[network.getLinks().size()][];
			for (int l = 0; l < ends.length; l++) {
				Link link = network.getLinks().get(l);
				ends[l] = new int[] { index.get(link.getEndA().getDevice()), index.get(link.getEndB().getDevice()) };
				degree[ends[l][0] + 1]++;
				degree[ends[l][1] + 1]++;
			}
			for (int i = 0; i < all.size(); i++) {
				degree[i + 1] += degree[i];
			}
			int[] neighbours = new int[degree[all.size()]];
			int[] fill = Arrays.copyOf(degree, all.size());
			for (int[] end : ends) {
				neighbours[fill[end[0]]++] = end[1];
				neighbours[fill[end[1]]++] = end[0];
			}
			return new ArrayBfs(all.size(), degree, neighbours, sources.stream().mapToInt(Integer::intValue).toArray());
		}

		int run() {
			int[] distance = new int[devices];
			Arrays.fill(distance, -1);
			int[] queueArray = new int[devices];
			int head = 0;
			int tail = 0;
			for (int source : sources) {
				distance[source] = 0;
				queueArray[tail++] = source;
			}
			while (head < tail) {
				int device = queueArray[head++];
				for (int i = start[device]; i < start[device + 1]; i++) {
					int next = neighbours[i];
					if (distance[next] < 0) {
						distance[next] = distance[device] + 1;
						queueArray[tail++] = next;
					}
				}
			}
			return tail;
		}
	}
}
