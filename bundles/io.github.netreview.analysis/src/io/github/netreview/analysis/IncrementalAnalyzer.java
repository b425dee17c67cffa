package io.github.netreview.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
	/** Whether a device became restricted or stopped being since the bridge-risk findings were made. */
	private boolean restrictedChanged;
	private Set<Segment> restrictedSegments = Set.of();
	private final TreeMap<FindingOrder.Key, Finding> ordered = new TreeMap<>();
	/** Where each device's findings (and, under BridgeOf, its bridge-risk finding) sit in {@link #ordered}. */
	private final Map<Object, List<FindingOrder.Key>> placed = new HashMap<>();
	/** The restricted devices' classifications by their position in the network's device list. */
	private final TreeMap<Integer, Classification> restrictedByPosition = new TreeMap<>();
	private final Map<Device, Integer> positions = new IdentityHashMap<>();
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
		boolean reclassifyAll = batch.catalog() || batch.structure() || catalog == null;
		if (batch.catalog() || catalog == null) {
			catalog = VendorCatalog.forNetwork(network);
			classifier = new DeviceClassifier(catalog, registry);
		}
		boolean forwardingChanged = updateForwarding(batch);
		rules = new FindingRules(forwarding, today, registry.available());
		Set<Device> refind = new LinkedHashSet<>(batch.refind());
		if (reclassifyAll) {
			classifyAll();
			refind.addAll(network.getDevices());
		} else {
			for (Device device : batch.reclassify()) {
				classify(device);
				refind.add(device);
			}
		}
		if (batch.allFindings()) {
			refind.addAll(network.getDevices());
		} else if (forwardingChanged) {
			refind.addAll(restrictedByPosition.values().stream().map(Classification::device).toList());
		}
		if (batch.waivers() || waivers == null || batch.allFindings()) {
			waivers = new Waivers(network, today);
			rebuildOrder();
		}
		for (Device device : refind) {
			Classification classification = classifications.get(device);
			replaceDeviceFindings(device, classification == null ? List.of() : rules.ofDevice(classification));
		}
		if (forwardingChanged || reclassifyAll || batch.allFindings() || restrictedChanged) {
			updateBridgeFindings(forwardingChanged || reclassifyAll || batch.allFindings());
		}
		restrictedChanged = false;
		result = new AnalysisResult(new ArrayList<>(ordered.values()), new ArrayList<>(restrictedByPosition.values()), zoneMatrix,
				catalog.version(), Analyzer.registryNote(registry));
		return result;
	}

	/** Brings the forwarding analysis up to date; true when it changed. */
	private boolean updateForwarding(ChangeTracker.Batch batch) {
		if (batch.structure() || index == null) {
			index = NetworkIndex.of(network);
			forwarding = ForwardingAnalysis.of(index);
			positions.clear();
			for (int i = 0; i < network.getDevices().size(); i++) {
				positions.put(network.getDevices().get(i), i);
			}
		} else if (!batch.ports().isEmpty() || !batch.links().isEmpty()) {
			batch.ports().forEach(index::refresh);
			batch.links().forEach(index::refresh);
			forwarding = ForwardingAnalysis.of(index);
		} else if (batch.policy()) {
			forwarding = ForwardingAnalysis.afterPolicyChange(forwarding);
		} else {
			return false;
		}
		zoneMatrix = forwarding.zoneMatrix();
		return true;
	}

	private void classifyAll() {
		Set<Device> present = Collections.newSetFromMap(new IdentityHashMap<>());
		present.addAll(network.getDevices());
		for (Device gone : new ArrayList<>(classifications.keySet())) {
			if (!present.contains(gone)) {
				classifications.remove(gone);
				replaceDeviceFindings(gone, List.of());
			}
		}
		restrictedByPosition.clear();
		for (Device device : network.getDevices()) {
			classify(device);
		}
	}

	private void classify(Device device) {
		Integer position = positions.get(device);
		if (position == null) {
			return;
		}
		Classification classification = classifier.classify(device);
		Classification previous = classifications.put(device, classification);
		restrictedChanged |= previous == null || previous.restricted() != classification.restricted();
		if (classification.restricted()) {
			restrictedByPosition.put(position, classification);
		} else {
			restrictedByPosition.remove(position);
		}
	}

	private void rebuildOrder() {
		ordered.clear();
		placed.clear();
		deviceFindings.forEach((device, findings) -> placed.put(device, place(findings)));
		bridgeFindings.forEach((device, bridge) -> placed.put(new BridgeOf(device), place(List.of(bridge))));
		for (Finding expired : waivers.expired()) {
			ordered.put(FindingOrder.keyOf(expired), expired);
		}
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

	/** Redoes the bridge-risk findings when forced or when the segments holding restricted devices changed. */
	private void updateBridgeFindings(boolean force) {
		Set<Segment> segments = rules.segmentsWithRestrictedDevices(restrictedByPosition.values());
		if (!force && segments.equals(restrictedSegments)) {
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
