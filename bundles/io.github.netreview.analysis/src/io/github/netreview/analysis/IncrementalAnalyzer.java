package io.github.netreview.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.DeviceClassifier;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.classify.VendorCatalog;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingOrder;
import io.github.netreview.analysis.findings.FindingRules;
import io.github.netreview.analysis.findings.Waivers;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/**
 * Keeps the analysis of one network up to date as it is edited: it listens to the model, and {@link #result()} redoes
 * only what the edits since the last call can have changed. The result always equals a full {@link Analyzer} run.
 */
public final class IncrementalAnalyzer implements AutoCloseable {

	private final Network network;
	private final LocalDate today;
	private final IeeeRegistry registry;
	private final ChangeTracker changes = new ChangeTracker();
	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				changes.record(notification);
			}
		}
	};

	private VendorCatalog catalog;
	private DeviceClassifier classifier;
	private final Map<Device, Classification> classifications = new IdentityHashMap<>();
	private NetworkIndex index;
	private ForwardingAnalysis forwarding;
	private ZoneMatrix zoneMatrix;
	private FindingRules rules;
	private Waivers waivers;
	private final Map<Device, List<Finding>> deviceFindings = new IdentityHashMap<>();
	private final Map<Device, Finding> bridgeFindings = new IdentityHashMap<>();
	private Set<Segment> restrictedSegments = Set.of();
	private final TreeMap<FindingOrder.Key, Finding> ordered = new TreeMap<>();
	/** Where each device's findings (and, under BridgeOf, its bridge-risk finding) sit in {@link #ordered}. */
	private final Map<Object, List<FindingOrder.Key>> placed = new java.util.HashMap<>();
	private List<Classification> restricted;
	private AnalysisResult result;

	public IncrementalAnalyzer(Network network, LocalDate today, IeeeRegistry registry) {
		this.network = network;
		this.today = today;
		this.registry = registry;
		network.eAdapters().add(listener);
		changes.everything();
	}

	/** The analysis of the network as it is now. */
	public synchronized AnalysisResult result() {
		if (!changes.any() && result != null) {
			return result;
		}
		ChangeTracker.Batch batch = changes.take();
		Set<Device> refind = new LinkedHashSet<>();
		if (batch.catalog()) {
			restricted = null;
		}
		boolean allFindings = batch.allFindings();
		boolean forwardingChanged = false;
		if (batch.catalog() || catalog == null) {
			catalog = VendorCatalog.forNetwork(network);
			classifier = new DeviceClassifier(catalog, registry);
			classifications.clear();
		}
		if (batch.structure() || index == null) {
			index = NetworkIndex.of(network);
			forwarding = ForwardingAnalysis.of(index);
			forwardingChanged = true;
		} else if (!batch.ports().isEmpty() || !batch.links().isEmpty()) {
			batch.ports().forEach(index::refresh);
			batch.links().forEach(index::refresh);
			forwarding = ForwardingAnalysis.of(index);
			forwardingChanged = true;
		} else if (batch.policy()) {
			forwarding = ForwardingAnalysis.afterPolicyChange(forwarding);
			forwardingChanged = true;
		}
		if (forwardingChanged) {
			zoneMatrix = forwarding.zoneMatrix();
			allFindings = true;
		}
		rules = new FindingRules(forwarding, today, registry.available());
		if (batch.structure() || batch.catalog() || classifications.isEmpty()) {
			classifications.keySet().retainAll(Set.copyOf(network.getDevices()));
			for (Device device : network.getDevices()) {
				if (!classifications.containsKey(device)) {
					classifications.put(device, classifier.classify(device));
					refind.add(device);
				}
			}
			restricted = null;
		}
		for (Device device : batch.reclassify()) {
			if (classifications.containsKey(device)) {
				classifications.put(device, classifier.classify(device));
				refind.add(device);
				restricted = null;
			}
		}
		refind.addAll(batch.refind());
		if (allFindings) {
			refind.addAll(network.getDevices());
			for (Device gone : new ArrayList<>(deviceFindings.keySet())) {
				if (!classifications.containsKey(gone)) {
					replaceDeviceFindings(gone, List.of());
				}
			}
		}
		boolean waiversChanged = batch.waivers() || waivers == null || allFindings;
		if (waiversChanged) {
			waivers = new Waivers(network, today);
			ordered.clear();
			placed.clear();
			deviceFindings.forEach((device, findings) -> placed.put(device, place(findings)));
			bridgeFindings.forEach((device, bridge) -> placed.put(new BridgeOf(device), place(List.of(bridge))));
			for (Finding expired : waivers.expired()) {
				ordered.put(FindingOrder.keyOf(expired), expired);
			}
		}
		for (Device device : refind) {
			Classification classification = classifications.get(device);
			if (classification != null) {
				replaceDeviceFindings(device, rules.ofDevice(classification));
			}
		}
		updateBridgeFindings(allFindings || !refind.isEmpty());
		if (restricted == null) {
			restricted = network.getDevices().stream().map(classifications::get).filter(Classification::restricted).toList();
		}
		result = new AnalysisResult(new ArrayList<>(ordered.values()), restricted, zoneMatrix, catalog.version(),
				Analyzer.registryNote(registry));
		return result;
	}

	/** The findings of one device in the ordered set, replacing its previous ones. */
	private void replaceDeviceFindings(Device device, List<Finding> findings) {
		List<FindingOrder.Key> old = placed.remove(device);
		if (old != null) {
			old.forEach(ordered::remove);
		}
		if (findings.isEmpty()) {
			deviceFindings.remove(device);
		} else {
			deviceFindings.put(device, findings);
			placed.put(device, place(findings));
		}
	}

	private List<FindingOrder.Key> place(List<Finding> findings) {
		List<FindingOrder.Key> keys = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			Finding marked = waivers.mark(finding);
			FindingOrder.Key key = FindingOrder.keyOf(marked);
			ordered.put(key, marked);
			keys.add(key);
		}
		return keys;
	}

	/** Marks the place of a device's bridge-risk finding apart from its own findings. */
	private record BridgeOf(Device device) {
	}

	private void updateBridgeFindings(boolean changed) {
		Set<Segment> segments = rules.segmentsWithRestrictedDevices(classifications.values());
		if (!changed && segments.equals(restrictedSegments)) {
			return;
		}
		restrictedSegments = segments;
		for (Device device : new ArrayList<>(bridgeFindings.keySet())) {
			placed.remove(new BridgeOf(device)).forEach(ordered::remove);
		}
		bridgeFindings.clear();
		for (Device device : network.getDevices()) {
			Finding bridge = rules.dualHomed(device, segments);
			if (bridge != null) {
				bridgeFindings.put(device, bridge);
				placed.put(new BridgeOf(device), place(List.of(bridge)));
			}
		}
	}

	@Override
	public void close() {
		network.eAdapters().remove(listener);
	}
}
