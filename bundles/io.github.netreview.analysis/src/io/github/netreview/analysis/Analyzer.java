package io.github.netreview.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.DeviceClassifier;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.classify.VendorCatalog;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.CoverageScan;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingOrder;
import io.github.netreview.analysis.findings.FindingRules;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;

/**
 * Analyses a network: classifies every device against the restricted-vendor catalog, works out forwarding, applies
 * the rules and waivers. Headless and side-effect free: the model is only read.
 */
public final class Analyzer {

	private final LocalDate today;
	private final IeeeRegistry registry;

	/** An analyzer that judges waivers against {@code today} and names unknown MACs from {@code registry}. */
	public Analyzer(LocalDate today, IeeeRegistry registry) {
		this.today = today;
		this.registry = registry;
	}

	/** An analyzer for today with Debian's IEEE registry when it is installed. */
	public static Analyzer standard() {
		return new Analyzer(LocalDate.now(), IeeeRegistry.system());
	}

	public AnalysisResult analyze(Network network) {
		return analyze(network, ForwardingAnalysis.of(NetworkIndex.of(network)));
	}

	/** The analysis of {@code network} with its forwarding facts already worked out. */
	public AnalysisResult analyze(Network network, ForwardingAnalysis forwarding) {
		VendorCatalog catalog = VendorCatalog.forNetwork(network);
		DeviceClassifier classifier = new DeviceClassifier(catalog, registry);
		List<Classification> classifications = new ArrayList<>(network.getDevices().size());
		for (Device device : network.getDevices()) {
			classifications.add(classifier.classify(device));
		}
		List<Finding> findings = new FindingRules(forwarding, today, registry.available()).apply(network, classifications);
		Map<Finding, FindingOrder.Key> keys = new IdentityHashMap<>();
		for (Finding finding : findings) {
			keys.put(finding, FindingOrder.keyOf(finding));
		}
		findings.sort(Comparator.comparing(keys::get));
		List<Classification> restricted = classifications.stream().filter(Classification::restricted).toList();
		List<Finding> sorted = List.copyOf(findings);
		ZoneMatrix matrix = forwarding.zoneMatrix();
		return new AnalysisResult(sorted, restricted, matrix, ZonePolicy.of(network, matrix), catalog.version(), registryNote(registry),
				Coverage.lazy(() -> CoverageScan.of(network, sorted, forwarding)));
	}

	/** The classifier this analyzer judges the devices of {@code network} with: its catalog and the IEEE registry. */
	public DeviceClassifier classifier(Network network) {
		return new DeviceClassifier(VendorCatalog.forNetwork(network), registry);
	}

	static String registryNote(IeeeRegistry registry) {
		return registry.available() ? "IEEE registry: " + registry.location()
				: "IEEE registry not found at " + registry.location()
						+ " (install Debian's ieee-data to name the makers of unknown MACs); classification went on without it";
	}
}
