package io.github.netreview.analysis.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/** Finds the coverage gaps of one analysed network, most serious first, then in the order of {@link GapKind}. */
public final class CoverageScan {

	private CoverageScan() {
	}

	public static List<Gap> of(Network network, List<Finding> findings, ForwardingAnalysis forwarding) {
		Set<Interface> cabled = cabledInterfaces(network);
		List<Gap> gaps = new ArrayList<>();
		add(gaps, GapKind.NO_CORE_ZONE, subjects(findings, Rule.NO_CORE_ZONE));
		add(gaps, GapKind.UNCLASSIFIABLE_DEVICES, subjects(findings, Rule.UNCLASSIFIABLE_DEVICE));
		add(gaps, GapKind.UNCABLED_CAMERAS, uncabledCameras(network, cabled));
		add(gaps, GapKind.ACCESS_PORTS_WITHOUT_VLAN, accessPortsWithoutVlan(network, cabled, forwarding));
		add(gaps, GapKind.INTERFACES_IN_NO_SEGMENT, List.copyOf(forwarding.interfacesInNoSegment()));
		add(gaps, GapKind.ZONES_WITHOUT_KIND, network.getZones().stream().filter(zone -> !zone.isSetKind()).map(EObject.class::cast).toList());
		add(gaps, GapKind.SEGMENTS_WITHOUT_ZONE, network.getSegments().stream().filter(s -> s.getZone() == null).map(EObject.class::cast).toList());
		gaps.sort((a, b) -> b.severity().compareTo(a.severity()));
		return gaps;
	}

	private static void add(List<Gap> gaps, GapKind kind, List<EObject> elements) {
		if (!elements.isEmpty()) {
			gaps.add(new Gap(kind, elements));
		}
	}

	private static List<EObject> subjects(List<Finding> findings, Rule rule) {
		return findings.stream().filter(f -> f.rule() == rule).map(Finding::subject).toList();
	}

	/** The enabled interfaces at the ends of enabled links with both ends enabled. */
	private static Set<Interface> cabledInterfaces(Network network) {
		Set<Interface> cabled = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Link link : network.getLinks()) {
			Interface a = link.getEndA();
			Interface b = link.getEndB();
			if (link.isEnabled() && a != null && b != null && a.isEnabled() && b.isEnabled()) {
				cabled.add(a);
				cabled.add(b);
			}
		}
		return cabled;
	}

	private static List<EObject> uncabledCameras(Network network, Set<Interface> cabled) {
		List<EObject> cameras = new ArrayList<>();
		for (Device device : network.getDevices()) {
			if (device.getRole() == DeviceRole.CAMERA && device.getInterfaces().stream().noneMatch(cabled::contains)) {
				cameras.add(device);
			}
		}
		return cameras;
	}

	/**
	 * The cabled switch access ports without a VLAN whose cable brings none either (the far end is no port with a VLAN
	 * or native VLAN): what they carry is judged to be in VLAN 1. A VLAN-less uplink into a port with a VLAN is not
	 * one, since untagged frames land in that port's VLAN.
	 */
	private static List<EObject> accessPortsWithoutVlan(Network network, Set<Interface> cabled, ForwardingAnalysis forwarding) {
		Set<EObject> ports = new LinkedHashSet<>();
		for (Link link : network.getLinks()) {
			if (cabled.contains(link.getEndA()) && cabled.contains(link.getEndB()) && link.isEnabled()) {
				addIfUnplaced(link.getEndA(), link.getEndB(), forwarding, ports);
				addIfUnplaced(link.getEndB(), link.getEndA(), forwarding, ports);
			}
		}
		return List.copyOf(ports);
	}

	private static void addIfUnplaced(Interface port, Interface far, ForwardingAnalysis forwarding, Set<EObject> ports) {
		if (port.getMode() == InterfaceMode.ACCESS && port.getAccessVlan() == null && port.getDevice() != null
				&& forwarding.switches(port.getDevice()) && !bringsVlan(far)) {
			ports.add(port);
		}
	}

	private static boolean bringsVlan(Interface port) {
		return port.getMode() == InterfaceMode.TRUNK ? port.getNativeVlan() != null : port.getAccessVlan() != null;
	}
}
