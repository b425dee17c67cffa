package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.matrix.ZoneMatrix;
import io.github.netreview.analysis.matrix.ZonePolicy;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;

/** Applies the rules to classified devices and forwarding facts; {@link Waivers} then marks what is waived. */
public final class FindingRules {

	private final ForwardingAnalysis forwarding;
	private final LocalDate today;
	private final boolean registryAvailable;
	private final RestrictedFindings restricted;

	public FindingRules(ForwardingAnalysis forwarding, LocalDate today, boolean registryAvailable) {
		this.forwarding = forwarding;
		this.today = today;
		this.registryAvailable = registryAvailable;
		this.restricted = new RestrictedFindings(forwarding);
	}

	/** All findings of a network, waivers applied, in no particular order. */
	public List<Finding> apply(Network network, List<Classification> classifications) {
		List<Finding> findings = new ArrayList<>();
		Finding noCore = CoreZones.noCoreFinding(network);
		if (noCore != null) {
			findings.add(noCore);
		}
		for (Classification classification : classifications) {
			findings.addAll(ofDevice(classification));
		}
		Set<Segment> restrictedSegments = segmentsWithRestrictedDevices(classifications);
		for (Classification classification : classifications) {
			Finding bridge = classification.restricted() ? null : dualHomed(classification.device(), restrictedSegments);
			if (bridge != null) {
				findings.add(bridge);
			}
		}
		findings.addAll(zonePolicyFindings(network));
		return new Waivers(network, today).apply(findings);
	}

	/**
	 * The findings about zones: devices in a VLAN of another zone, and (when the model states a zone policy) traffic
	 * between zones that no conduit intends.
	 */
	public List<Finding> zonePolicyFindings(Network network) {
		List<Finding> findings = new ArrayList<>(ZoneVlanMismatches.of(network, forwarding));
		if (!network.getConduits().isEmpty()) {
			ZoneMatrix matrix = forwarding.zoneMatrix();
			findings.addAll(ConduitViolations.of(matrix, ZonePolicy.of(network, matrix), forwarding));
		}
		return findings;
	}

	/**
	 * The findings about one device itself: what a restricted device is, where and what it reaches, or that its make
	 * is unknown.
	 */
	public List<Finding> ofDevice(Classification classification) {
		if (classification.restricted()) {
			return restricted.of(classification);
		}
		if (classification.unclassifiable()) {
			return List.of(unclassifiable(classification.device()));
		}
		if (classification.device().getRole() == DeviceRole.CAMERA && classification.unknownMaker()) {
			return List.of(unclassifiedCamera(classification));
		}
		return List.of();
	}

	/** The segments in which some restricted device is present. */
	private Set<Segment> segmentsWithRestrictedDevices(Iterable<Classification> classifications) {
		Set<Segment> segments = new HashSet<>();
		for (Classification classification : classifications) {
			if (classification.restricted()) {
				segments.addAll(forwarding.segmentsOf(classification.device()));
			}
		}
		return segments;
	}

	private static Finding unclassifiable(Device device) {
		String make = device.getManufacturer() == null || device.getManufacturer().isBlank() ? "no manufacturer"
				: "only the placeholder manufacturer '" + device.getManufacturer() + "'";
		return new Finding(Rule.UNCLASSIFIABLE_DEVICE, describe(device) + " has " + make
				+ " and no MAC address: nothing tells whether a restricted vendor made it", List.of(device), List.of(), null,
				List.of(), null);
	}

	private Finding unclassifiedCamera(Classification classification) {
		Device device = classification.device();
		String macs = String.join(", ", device.getInterfaces().stream().map(Interface::getMac).filter(m -> m != null).toList());
		String registry = classification.registeredTo() != null ? "the IEEE registry names " + classification.registeredTo()
				: registryAvailable ? "the IEEE registry does not know its block" : "the IEEE registry is not installed";
		String make = device.getManufacturer() == null || device.getManufacturer().isBlank() ? "has no manufacturer"
				: "has only the placeholder manufacturer '" + device.getManufacturer() + "'";
		return new Finding(Rule.UNCLASSIFIED_CAMERA, describe(device) + " " + make + " and MAC " + macs
				+ " is in no restricted vendor's block; " + registry, List.of(device), List.of(), null, List.of(), null);
	}

	/** Whether the device's one card can only be in one domain (a trunk card can be in one per VLAN). */
	private static boolean singleDomain(Device device) {
		List<Interface> interfaces = device.getInterfaces();
		return interfaces.isEmpty() || interfaces.size() == 1 && interfaces.get(0).getMode() != InterfaceMode.TRUNK;
	}

	/** Whether a device's role and cards let it be in two domains without forwarding between them. */
	public static boolean mayBridge(Device device) {
		DeviceRole role = device.getRole();
		return role != DeviceRole.SWITCH && role != DeviceRole.ACCESS_POINT && role != DeviceRole.DATA_DIODE
				&& !device.isRouting() && !singleDomain(device);
	}

	/**
	 * The bridge-risk finding of an unrestricted end host live in segments of two zones, or null. The message says
	 * when one of them holds restricted devices ({@code restrictedSegments}) and when one is core.
	 */
	public Finding dualHomed(Device device, Set<Segment> restrictedSegments) {
		if (forwarding.domainCountOf(device) < 2 || !mayBridge(device)) {
			return null;
		}
		BridgeLegs legs = BridgeLegs.among(forwarding.liveSegmentsOf(device), restrictedSegments);
		if (legs == null) {
			return null;
		}
		String first = BridgeLegs.describe(legs.first()) + (restrictedSegments.contains(legs.first()) ? ", where restricted devices are," : "");
		String second = BridgeLegs.describe(legs.second()) + (restrictedSegments.contains(legs.second()) ? ", where restricted devices are" : "");
		return new Finding(Rule.DUAL_HOMED_BRIDGE, describe(device) + " has live interfaces in " + first + " and in " + second
				+ "; it does not forward, but whoever controls it joins the two", List.of(device, legs.first(), legs.second()),
				List.of(), null, List.of(), null);
	}
}
