package io.github.netreview.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.DeviceClassifier;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.classify.VendorCatalog;
import io.github.netreview.analysis.coverage.Coverage;
import io.github.netreview.analysis.coverage.CoverageScan;
import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.analysis.findings.ConduitViolations;
import io.github.netreview.analysis.findings.CoreZones;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.FindingRules;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Waivers;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.ForwardingUpdates;
import io.github.netreview.analysis.forwarding.Layer2Update;
import io.github.netreview.analysis.forwarding.RuleUpdate;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/**
 * Keeps the analysis of one network up to date as it is edited: it listens to the model, and {@link #result()} redoes
 * only what the edits since the last call can have changed. The result always equals a full {@link Analyzer} run.
 */
public final class IncrementalAnalyzer implements AutoCloseable {

	private static final BitSet UNCHANGED = new BitSet();

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
	private ZonePolicy zonePolicy;
	private FindingRules rules;
	private Waivers waivers;
	private final Map<Device, List<Finding>> deviceFindings = new IdentityHashMap<>();
	private final Map<Device, Finding> bridgeFindings = new IdentityHashMap<>();
	/** The finding that the network has no core to judge against, or null. */
	private Finding noCoreFinding;
	/** The findings about zones (of no one device), as {@link FindingRules#zonePolicyFindings} would make them. */
	private List<Finding> zonePolicyFindings = List.of();
	private final ZoneVlanMismatchTracker mismatches = new ZoneVlanMismatchTracker();
	/** The positions of the devices that became restricted or stopped being since the last result. */
	private final List<Integer> statusChanged = new ArrayList<>();
	private final RestrictedSegments presence = new RestrictedSegments();
	private Set<Segment> restrictedSegments = Set.of();
	private final SortedFindings ordered = new SortedFindings();
	/** Where each device's findings (and, under BridgeOf, its bridge-risk finding) sit in {@link #ordered}. */
	private final Map<Object, List<SortedFindings.Placed>> placed = new HashMap<>();
	/** The restricted devices' classifications by their position in the network's device list. */
	private final RestrictedDevices restrictedByPosition = new RestrictedDevices();
	private final Map<Device, Integer> positions = new IdentityHashMap<>();
	/** The restricted devices found inside a core segment: their chains to core equipment run through whole domains. */
	private final Set<Device> inCore = Collections.newSetFromMap(new IdentityHashMap<>());
	/** The devices that could bridge a restricted segment and a core one, by their role and cards. */
	private final Set<Device> bridgeCandidates = Collections.newSetFromMap(new IdentityHashMap<>());
	private AnalysisResult result;
	/** The findings and restricted devices of the last result, made again only when they changed. */
	private List<Finding> findings;
	private boolean findingsChanged;
	private List<Classification> restricted;
	private boolean restrictedListChanged;

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
		BitSet touchedDevices = updateForwarding(batch);
		boolean forwardingChanged = touchedDevices != UNCHANGED;
		rules = new FindingRules(forwarding, today, registry.available());
		Set<Device> refind = new LinkedHashSet<>(batch.refind());
		List<Integer> movedRestricted = new ArrayList<>();
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
		} else if (touchedDevices == null) {
			refind.addAll(restrictedByPosition.classifications().stream().map(Classification::device).toList());
		} else if (forwardingChanged) {
			for (int position = touchedDevices.nextSetBit(0); position >= 0; position = touchedDevices.nextSetBit(position + 1)) {
				Classification classification = restrictedByPosition.get(position);
				if (classification != null) {
					refind.add(classification.device());
					movedRestricted.add(position);
				}
			}
		}
		if (batch.waivers() || waivers == null || batch.allFindings()) {
			waivers = new Waivers(network, today);
			rebuildOrder();
		}
		if (batch.structure() || batch.policy() || batch.allFindings() || reclassifyAll) {
			updateNoCoreFinding();
		}
		boolean wholeZonePolicy = zonePolicy == null || batch.structure() || batch.policy() || batch.allFindings() || batch.waivers()
				|| touchedDevices == null;
		if (wholeZonePolicy || forwardingChanged || batch.conduits()) {
			zonePolicy = ZonePolicy.of(network, zoneMatrix);
			boolean mismatchesChanged = wholeZonePolicy;
			if (wholeZonePolicy) {
				mismatches.all(network, forwarding);
			} else if (forwardingChanged) {
				mismatchesChanged = mismatches.update(network, forwarding, touchedDevices);
			}
			if (mismatchesChanged || zonePolicy.stated() || batch.conduits()) {
				updateZonePolicyFindings();
			}
		}
		for (Device device : refind) {
			Classification classification = classifications.get(device);
			replaceDeviceFindings(device, classification == null ? List.of() : rules.ofDevice(classification));
		}
		// bridge risks depend on domains and segments, which rule edits leave alone
		boolean rulesOnly = batch.ports().isEmpty() && batch.links().isEmpty() && !batch.firewalls().isEmpty() && touchedDevices != null;
		updateBridgeRisks(forwardingChanged && !rulesOnly, reclassifyAll || batch.allFindings() || touchedDevices == null,
				movedRestricted);
		statusChanged.clear();
		if (findingsChanged || findings == null) {
			findings = ordered.toList();
			findingsChanged = false;
		}
		if (restrictedListChanged || restricted == null) {
			restricted = List.copyOf(restrictedByPosition.classifications());
			restrictedListChanged = false;
		}
		List<Finding> current = findings;
		result = new AnalysisResult(current, restricted, zoneMatrix, zonePolicy, catalog.version(), Analyzer.registryNote(registry),
				Coverage.lazy(() -> coverageOf(current)));
		return result;
	}

	/** The coverage gaps of the network as it is now (edits since the last result included), read under this analyzer's lock. */
	private synchronized List<Gap> coverageOf(List<Finding> findings) {
		return CoverageScan.of(network, findings, forwarding);
	}

	private void updateNoCoreFinding() {
		Finding finding = CoreZones.noCoreFinding(network);
		if (finding == null ? noCoreFinding == null : finding.equals(noCoreFinding)) {
			return;
		}
		findingsChanged = true;
		List<SortedFindings.Placed> old = placed.remove(NetworkFinding.NO_CORE);
		if (old != null) {
			old.forEach(ordered::remove);
		}
		noCoreFinding = finding;
		if (finding != null) {
			placed.put(NetworkFinding.NO_CORE, place(List.of(finding)));
		}
	}

	/**
	 * Redoes the findings about zones when they changed: the devices in a VLAN of another zone as the tracker has them,
	 * and (when the model has conduits) the traffic between zones that no conduit intends.
	 */
	private void updateZonePolicyFindings() {
		List<Finding> fresh = mismatches.findings();
		if (zonePolicy.stated()) {
			fresh.addAll(ConduitViolations.of(zoneMatrix, zonePolicy, forwarding));
		}
		if (fresh.equals(zonePolicyFindings)) {
			return;
		}
		findingsChanged = true;
		List<SortedFindings.Placed> old = placed.remove(NetworkFinding.ZONE_POLICY);
		if (old != null) {
			old.forEach(ordered::remove);
		}
		zonePolicyFindings = fresh;
		if (!fresh.isEmpty()) {
			placed.put(NetworkFinding.ZONE_POLICY, place(fresh));
		}
	}

	/** Marks the place of a finding about the whole network. */
	private enum NetworkFinding {
		NO_CORE, ZONE_POLICY
	}

	/**
	 * Brings the forwarding analysis up to date: returns {@link #UNCHANGED} when it did not change, the positions of
	 * the devices whose findings can have changed, or null when any device's can have. Port and link edits are
	 * repaired first, then policy or rule edits of the same batch are taken in.
	 */
	private BitSet updateForwarding(ChangeTracker.Batch batch) {
		if (batch.structure() || index == null) {
			rebuildForwarding();
			zoneMatrix = forwarding.zoneMatrix();
			return null;
		}
		if (batch.policyHolders()) {
			index.refreshPolicies(); // the analyses made before keep the list of their own policy index
		}
		BitSet touched = UNCHANGED;
		if (!batch.ports().isEmpty() || !batch.links().isEmpty()) {
			touched = updateLayer2(batch);
		}
		if (batch.policy()) {
			forwarding = ForwardingAnalysis.afterPolicyChange(forwarding);
			touched = null;
		} else if (!batch.firewalls().isEmpty()) {
			touched = union(touched, updateRules(batch));
		}
		if (touched != UNCHANGED) {
			zoneMatrix = forwarding.zoneMatrix();
		}
		return touched;
	}

	private void rebuildForwarding() {
		index = NetworkIndex.of(network);
		forwarding = ForwardingAnalysis.of(index);
		positions.clear();
		for (int i = 0; i < network.getDevices().size(); i++) {
			positions.put(network.getDevices().get(i), i);
		}
		bridgeCandidates.clear();
		network.getDevices().stream().filter(FindingRules::mayBridge).forEach(bridgeCandidates::add);
	}

	private BitSet updateLayer2(ChangeTracker.Batch batch) {
		BitSet touched = null;
		batch.ports().forEach(index::refresh);
		batch.links().forEach(index::refresh);
		int[] ports = batch.ports().stream().mapToInt(index::indexOf).filter(p -> p >= 0).toArray();
		int[] links = batch.links().stream().mapToInt(index::indexOf).filter(l -> l >= 0).toArray();
		Layer2Update update = ForwardingUpdates.afterLayer2Edit(forwarding, ports, links);
		if (update == null) {
			forwarding = ForwardingAnalysis.of(index);
		} else {
			forwarding = update.forwarding();
			touched = update.devices();
			addInCoreDevicesOf(update.domains(), touched);
		}
		for (Interface port : batch.ports()) {
			Device device = port.getDevice();
			if (device != null && FindingRules.mayBridge(device)) {
				bridgeCandidates.add(device);
			} else {
				bridgeCandidates.remove(device);
			}
		}
		return touched;
	}

	private BitSet updateRules(ChangeTracker.Batch batch) {
		RuleUpdate update = ForwardingUpdates.afterRuleChange(forwarding, batch.firewalls());
		if (update == null) {
			forwarding = ForwardingAnalysis.afterPolicyChange(forwarding);
			return null;
		}
		forwarding = update.forwarding();
		return routedFrom(update);
	}

	/** The devices touched by either of two updates ({@link #UNCHANGED} when neither touched any; null for all). */
	private static BitSet union(BitSet first, BitSet second) {
		if (first == null || second == null) {
			return null;
		}
		if (first == UNCHANGED) {
			return second;
		}
		if (second != UNCHANGED) {
			first.or(second);
		}
		return first;
	}

	/**
	 * Adds to {@code touched} the restricted devices inside a core segment that starts in one of the edited
	 * {@code domains}: the nearest core equipment their chain leads to can be another one now.
	 */
	private void addInCoreDevicesOf(BitSet domains, BitSet touched) {
		if (touched == null || domains.isEmpty()) {
			return;
		}
		for (Device device : inCore) {
			Integer position = positions.get(device);
			if (position != null && forwarding.startsIn(position, domains)) {
				touched.set(position);
			}
		}
	}

	/** The positions of the restricted devices whose route into the core a rule edit changed. */
	private BitSet routedFrom(RuleUpdate update) {
		BitSet touched = new BitSet();
		if (update.senders().isEmpty() && update.components().isEmpty()) {
			return touched;
		}
		List<Integer> restricted = restrictedByPosition.positions();
		List<Classification> classifications = restrictedByPosition.classifications();
		for (int i = 0; i < restricted.size(); i++) {
			int position = restricted.get(i);
			if (update.senders().contains(classifications.get(i).device())
					|| !update.components().isEmpty() && forwarding.startsIn(position, update.components())) {
				touched.set(position);
			}
		}
		return touched;
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
		restrictedListChanged = true;
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
		if (previous == null || previous.restricted() != classification.restricted()) {
			statusChanged.add(position);
		}
		restrictedListChanged |= !classification.equals(previous) && (classification.restricted() || previous != null && previous.restricted());
		if (classification.restricted()) {
			restrictedByPosition.put(position, classification);
		} else {
			restrictedByPosition.remove(position);
		}
	}

	private void rebuildOrder() {
		findingsChanged = true;
		ordered.clear();
		placed.clear();
		deviceFindings.forEach((device, findings) -> placed.put(device, place(findings)));
		bridgeFindings.forEach((device, bridge) -> placed.put(new BridgeOf(device), place(List.of(bridge))));
		if (noCoreFinding != null) {
			placed.put(NetworkFinding.NO_CORE, place(List.of(noCoreFinding)));
		}
		if (!zonePolicyFindings.isEmpty()) {
			placed.put(NetworkFinding.ZONE_POLICY, place(zonePolicyFindings));
		}
		for (Finding expired : waivers.expired()) {
			ordered.add(expired);
		}
	}

	/** The findings of one device in the ordered set, replacing its previous ones. */
	private void replaceDeviceFindings(Device device, List<Finding> findings) {
		List<Finding> before = deviceFindings.get(device);
		if (before == null ? findings.isEmpty() : before.equals(findings)) {
			return;
		}
		findingsChanged = true;
		List<SortedFindings.Placed> old = placed.remove(device);
		if (old != null) {
			old.forEach(ordered::remove);
		}
		if (findings.stream().anyMatch(f -> f.rule() == Rule.RESTRICTED_DEVICE_IN_CORE && !f.path().isEmpty())) {
			inCore.add(device);
		} else {
			inCore.remove(device);
		}
		if (findings.isEmpty()) {
			deviceFindings.remove(device);
		} else {
			deviceFindings.put(device, findings);
			placed.put(device, place(findings));
		}
	}

	private List<SortedFindings.Placed> place(List<Finding> findings) {
		List<SortedFindings.Placed> places = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			places.add(ordered.add(waivers.mark(finding)));
		}
		return places;
	}

	/** Marks the place of a device's bridge-risk finding apart from its own findings. */
	private record BridgeOf(Device device) {
	}

	/**
	 * Brings the segments holding restricted devices, and then the bridge-risk findings, up to date: for every
	 * device after an edit of {@code everything}, else for the restricted devices whose domains changed (in
	 * {@code moved}) and those that became restricted or stopped being.
	 */
	private void updateBridgeRisks(boolean domainsChanged, boolean everything, List<Integer> moved) {
		if (!domainsChanged && !everything && statusChanged.isEmpty()) {
			return;
		}
		if (everything) {
			presence.rebuild(forwarding, restrictedByPosition.positions(), restrictedByPosition.classifications());
		} else {
			moved.addAll(statusChanged);
			moved.forEach(position -> presence.update(forwarding, position, restrictedByPosition.get(position)));
		}
		updateBridgeFindings(domainsChanged || everything);
	}

	/** Redoes the bridge-risk findings when forced or when the segments holding restricted devices changed. */
	private void updateBridgeFindings(boolean force) {
		Set<Segment> segments = presence.segments();
		if (!force && segments.equals(restrictedSegments)) {
			statusChanged.forEach(position -> refreshBridgeFinding(network.getDevices().get(position)));
			return;
		}
		restrictedSegments = segments;
		Map<Device, Finding> bridges = new IdentityHashMap<>();
		for (Device device : bridgeCandidates) {
			Finding bridge = bridgeFinding(device);
			if (bridge != null) {
				bridges.put(device, bridge);
			}
		}
		// by value: a finding made again is a new object, and identity maps compare their values by identity
		if (bridges.size() == bridgeFindings.size()
				&& bridges.entrySet().stream().allMatch(bridge -> bridge.getValue().equals(bridgeFindings.get(bridge.getKey())))) {
			return;
		}
		findingsChanged = true;
		for (Device device : new ArrayList<>(bridgeFindings.keySet())) {
			placed.remove(new BridgeOf(device)).forEach(ordered::remove);
		}
		bridgeFindings.clear();
		bridgeFindings.putAll(bridges);
		bridgeFindings.forEach((device, bridge) -> placed.put(new BridgeOf(device), place(List.of(bridge))));
	}

	/** The bridge-risk finding of an unrestricted candidate (restricted ones have theirs among their own findings). */
	private Finding bridgeFinding(Device device) {
		Classification classification = classifications.get(device);
		if (classification != null && classification.restricted() || !bridgeCandidates.contains(device)) {
			return null;
		}
		return rules.dualHomed(device, restrictedSegments);
	}

	/** Brings one device's bridge-risk finding up to date after it became restricted or stopped being. */
	private void refreshBridgeFinding(Device device) {
		Finding bridge = bridgeFinding(device);
		Finding before = bridgeFindings.get(device);
		if (bridge == null ? before == null : bridge.equals(before)) {
			return;
		}
		findingsChanged = true;
		List<SortedFindings.Placed> old = placed.remove(new BridgeOf(device));
		if (old != null) {
			old.forEach(ordered::remove);
		}
		if (bridge == null) {
			bridgeFindings.remove(device);
		} else {
			bridgeFindings.put(device, bridge);
			placed.put(new BridgeOf(device), place(List.of(bridge)));
		}
	}

	@Override
	public void close() {
		network.eAdapters().remove(listener);
	}
}
