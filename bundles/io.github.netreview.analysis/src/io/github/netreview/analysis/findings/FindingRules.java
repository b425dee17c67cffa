package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.forwarding.CoreReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/** Applies the rules to classified devices and forwarding facts; {@link Waivers} then marks what is waived. */
public final class FindingRules {

	private final ForwardingAnalysis forwarding;
	private final LocalDate today;
	private final boolean registryAvailable;

	public FindingRules(ForwardingAnalysis forwarding, LocalDate today, boolean registryAvailable) {
		this.forwarding = forwarding;
		this.today = today;
		this.registryAvailable = registryAvailable;
	}

	/** All findings of a network, waivers applied, in no particular order. */
	public List<Finding> apply(Network network, List<Classification> classifications) {
		List<Finding> findings = new ArrayList<>();
		for (Classification classification : classifications) {
			findings.addAll(ofDevice(classification));
		}
		Set<Segment> restrictedSegments = segmentsWithRestrictedDevices(classifications);
		for (Classification classification : classifications) {
			Finding bridge = dualHomed(classification.device(), restrictedSegments);
			if (bridge != null) {
				findings.add(bridge);
			}
		}
		return new Waivers(network, today).apply(findings);
	}

	/** The findings about one device itself: what a restricted device is, where and what it reaches, or an unknown camera. */
	public List<Finding> ofDevice(Classification classification) {
		List<Finding> findings = new ArrayList<>();
		if (classification.restricted()) {
			restrictedDevice(classification, findings);
		} else if (classification.device().getRole() == DeviceRole.CAMERA && classification.unknownMaker()) {
			findings.add(unclassifiedCamera(classification));
		}
		return findings;
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

	private void restrictedDevice(Classification classification, List<Finding> findings) {
		Device device = classification.device();
		List<LegalBasis> basis = classification.vendor().getListings().stream().map(LegalBasis::of).toList();
		String vendor = classification.vendor().getName();
		findings.add(new Finding(Rule.RESTRICTED_DEVICE, describe(device) + " is " + vendor + " equipment ("
				+ classification.evidence() + ")", List.of(device), List.of(), null, basis, null));
		List<Segment> coreSegments = forwarding.coreSegmentsOf(device);
		Zone declared = device.getZone();
		boolean inCore = !coreSegments.isEmpty() || (declared != null && declared.isCore());
		boolean pathToCore = false;
		if (inCore) {
			String where = coreSegments.isEmpty() ? "is deployed in core zone '" + declared.getName() + "'"
					: "is in " + describe(coreSegments.get(0)) + ", a core segment";
			List<EObject> elements = new ArrayList<>(List.of(device));
			elements.addAll(coreSegments);
			findings.add(new Finding(Rule.RESTRICTED_DEVICE_IN_CORE, describe(device) + ", made by " + vendor + ", " + where,
					elements, List.of(), null, basis, null));
		} else {
			CoreReach reach = forwarding.reachCore(device);
			if (reach.reachable()) {
				pathToCore = true;
				findings.add(new Finding(Rule.RESTRICTED_PATH_TO_CORE, describe(device) + ", made by " + vendor
						+ ", can reach " + describe(reach.segment()) + " in core zone '" + reach.zone().getName()
						+ "' over " + reach.path().size() + " hops, carrying " + reach.services(),
						List.of(device, reach.segment()), reach.path(), reach.services(), basis, null));
			}
		}
		if (device.getSite() != null && device.getSite().isSensitive()
				&& (device.getRole() == DeviceRole.CAMERA || device.getRole() == DeviceRole.NVR)) {
			List<LegalBasis> uk = new ArrayList<>(basis.stream().filter(b -> b.basis().startsWith("UK")).toList());
			findings.add(new Finding(Rule.RESTRICTED_ON_SENSITIVE_SITE, describe(device) + ", visual surveillance equipment made by "
					+ vendor + ", is deployed on sensitive " + describe(device.getSite()),
					List.of(device, device.getSite()), List.of(), null, uk.isEmpty() ? basis : uk, null));
		}
		if (!inCore && !pathToCore) {
			Device coreNeighbour = coreEquipmentCabledTo(device);
			if (coreNeighbour != null) {
				findings.add(new Finding(Rule.RESTRICTED_CABLED_TO_CORE_INFRA, describe(device) + ", made by " + vendor
						+ ", is cabled to " + describe(coreNeighbour) + " of core zone '" + coreNeighbour.getZone().getName() + "'"
						+ " though no path reaches the core", List.of(device, coreNeighbour), List.of(), null, basis, null));
			}
		}
	}

	private Device coreEquipmentCabledTo(Device device) {
		for (Device neighbour : forwarding.cabledTo(device)) {
			Zone zone = neighbour.getZone();
			if (zone != null && zone.isCore()) {
				return neighbour;
			}
		}
		return null;
	}

	private Finding unclassifiedCamera(Classification classification) {
		Device device = classification.device();
		String macs = String.join(", ", device.getInterfaces().stream().map(Interface::getMac).filter(m -> m != null).toList());
		String registry = classification.registeredTo() != null ? "the IEEE registry names " + classification.registeredTo()
				: registryAvailable ? "the IEEE registry does not know " + (macs.isEmpty() ? "it" : "its block")
						: "the IEEE registry is not installed";
		return new Finding(Rule.UNCLASSIFIED_CAMERA, describe(device) + " has no manufacturer and "
				+ (macs.isEmpty() ? "no MAC" : "MAC " + macs + " is in no restricted vendor's block") + "; " + registry,
				List.of(device), List.of(), null, List.of(), null);
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

	/** The bridge-risk finding of an endpoint in a segment with restricted devices and in a core segment, or null. */
	public Finding dualHomed(Device device, Set<Segment> restrictedSegments) {
		if (forwarding.domainCountOf(device) < 2 || !mayBridge(device)) {
			return null;
		}
		Segment restricted = null;
		Segment core = null;
		for (Segment segment : forwarding.segmentsOf(device)) {
			boolean isCore = ForwardingAnalysis.isCore(segment);
			if (isCore && core == null) {
				core = segment;
			} else if (!isCore && restricted == null && restrictedSegments.contains(segment)) {
				restricted = segment;
			}
		}
		if (restricted == null || core == null) {
			return null;
		}
		return new Finding(Rule.DUAL_HOMED_BRIDGE, describe(device) + " has interfaces in " + describe(restricted)
				+ ", where restricted devices are, and in " + describe(core) + ", a core segment", List.of(device, restricted, core),
				List.of(), null, List.of(), null);
	}
}
