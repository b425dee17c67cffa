package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;
import static io.github.netreview.model.ElementLabels.name;
import static io.github.netreview.model.ElementLabels.quotedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.classify.Classification;
import io.github.netreview.analysis.classify.VendorNames;
import io.github.netreview.analysis.forwarding.CoreChain;
import io.github.netreview.analysis.forwarding.CoreReach;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * The findings about one restricted device: what it is, a MAC that contradicts its recorded make, whether it sits in
 * or reaches a core network (with the path and the configuration behind it), a sensitive site, two zones it joins,
 * and core equipment it is plugged into.
 */
final class RestrictedFindings {

	private final ForwardingAnalysis forwarding;

	RestrictedFindings(ForwardingAnalysis forwarding) {
		this.forwarding = forwarding;
	}

	List<Finding> of(Classification classification) {
		Device device = classification.device();
		List<LegalBasis> basis = VendorNames.listings(classification.vendor()).stream().map(LegalBasis::of).toList();
		String vendor = VendorNames.of(classification.vendor());
		List<Finding> findings = new ArrayList<>();
		findings.add(new Finding(Rule.RESTRICTED_DEVICE, describe(device) + " is " + vendor + " equipment ("
				+ classification.evidence() + ")", List.of(device), List.of(), null, basis, null));
		if (classification.basis() == Classification.Basis.MAC_BLOCK_OTHER_MAKE) {
			findings.add(new Finding(Rule.RESTRICTED_MAC_OTHER_MAKE, describe(device) + ": " + classification.evidence()
					+ " of " + vendor + "; judged as restricted", List.of(device), List.of(), null, basis, null));
		}
		Finding inCore = inCore(device, vendor, basis);
		CoreReach reach = inCore == null ? forwarding.reachCore(device) : null;
		if (inCore != null) {
			findings.add(inCore);
		} else if (reach.reachable()) {
			findings.add(pathToCore(device, vendor, basis, reach));
		}
		if (device.getSite() != null && device.getSite().isSensitive()
				&& (device.getRole() == DeviceRole.CAMERA || device.getRole() == DeviceRole.NVR)) {
			List<LegalBasis> uk = basis.stream().filter(b -> b.basis().startsWith("UK")).toList();
			findings.add(new Finding(Rule.RESTRICTED_ON_SENSITIVE_SITE, describe(device) + ", visual surveillance equipment made by "
					+ vendor + ", is deployed on sensitive " + describe(device.getSite()),
					List.of(device, device.getSite()), List.of(), null, uk.isEmpty() ? basis : uk, null));
		}
		Finding joins = joinsZones(device, vendor, basis);
		if (joins != null) {
			findings.add(joins);
		}
		if (inCore == null && !reach.reachable()) {
			Device coreNeighbour = coreEquipmentCabledTo(device);
			if (coreNeighbour != null) {
				findings.add(new Finding(Rule.RESTRICTED_CABLED_TO_CORE_INFRA, describe(device) + ", made by " + vendor
						+ ", is cabled to " + describe(coreNeighbour) + " of core zone " + quotedName(coreNeighbour.getZone())
						+ " though no path reaches the core", List.of(device, coreNeighbour), List.of(), null, basis, null));
			}
		}
		return findings;
	}

	/** The finding of a device inside a core segment (with the chain and configuration) or core zone, or null. */
	private Finding inCore(Device device, String vendor, List<LegalBasis> basis) {
		CoreChain chain = forwarding.coreChainOf(device);
		Zone declared = device.getZone();
		if (chain == null && (declared == null || !declared.isCore())) {
			return null;
		}
		List<EObject> elements = new ArrayList<>(List.of(device));
		elements.addAll(forwarding.coreSegmentsOf(device));
		if (chain == null) {
			return new Finding(Rule.RESTRICTED_DEVICE_IN_CORE, describe(device) + ", made by " + vendor
					+ ", is deployed in core zone " + quotedName(declared), elements, List.of(), null, basis, null);
		}
		Device reached = lastDevice(chain.path(), device);
		String where = "is in " + describe(chain.segment()) + ", a core segment"
				+ (reached == null ? "" : ", on the same layer-2 segment as " + describe(reached));
		return new Finding(Rule.RESTRICTED_DEVICE_IN_CORE, describe(device) + ", made by " + vendor + ", " + where
				+ (chain.configuration().isEmpty() ? "" : ", because " + String.join("; ", chain.configuration())), elements,
				chain.path(), "any service", basis, null, chain.configuration());
	}

	private static Finding pathToCore(Device device, String vendor, List<LegalBasis> basis, CoreReach reach) {
		return new Finding(Rule.RESTRICTED_PATH_TO_CORE, describe(device) + ", made by " + vendor + ", can reach core zone "
				+ quotedName(reach.zone()) + " at " + entry(reach.entry()) + " in " + describe(reach.segment()) + " over "
				+ reach.path().size() + " hops, carrying " + reach.services(), List.of(device, reach.segment()), reach.path(),
				reach.services(), basis, null);
	}

	/** "interface 'Vlan10' of core-sw-01" or the device. */
	static String entry(EObject entry) {
		if (entry instanceof Interface port && port.getDevice() != null) {
			return "interface " + quotedName(port) + " of " + name(port.getDevice());
		}
		return describe(entry);
	}

	/** The finding of a restricted end host live in segments of two zones, with its path when a leg reaches the core. */
	private Finding joinsZones(Device device, String vendor, List<LegalBasis> basis) {
		if (forwarding.domainCountOf(device) < 2 || !FindingRules.mayBridge(device)) {
			return null;
		}
		BridgeLegs legs = BridgeLegs.among(forwarding.liveSegmentsOf(device), Set.of());
		if (legs == null) {
			return null;
		}
		CoreReach reach = forwarding.reachCore(device);
		String core = reach.reachable() ? "; a leg reaches core zone " + quotedName(reach.zone()) + " at " + entry(reach.entry())
				+ " over " + reach.path().size() + " hops" : "";
		List<Segment> legsList = List.of(legs.first(), legs.second());
		List<EObject> elements = new ArrayList<>(List.of(device));
		elements.addAll(legsList);
		return new Finding(Rule.RESTRICTED_DUAL_HOMED, describe(device) + ", made by " + vendor + ", has live interfaces in "
				+ BridgeLegs.describe(legs.first()) + " and in " + BridgeLegs.describe(legs.second())
				+ "; whoever controls it joins the two" + core, elements, reach.path(), reach.reachable() ? reach.services() : null,
				basis, null);
	}

	private static Device lastDevice(List<EObject> path, Device not) {
		for (int i = path.size() - 1; i >= 0; i--) {
			if (path.get(i) instanceof Device device && device != not) {
				return device;
			}
		}
		return null;
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
}
