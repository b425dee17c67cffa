package io.github.netreview.model.validation;

import static io.github.netreview.model.ElementLabels.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.syntax.IpPrefix;
import io.github.netreview.model.syntax.MacAddress;
import io.github.netreview.model.syntax.OuiPrefix;
import io.github.netreview.model.syntax.PortList;
import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;

/**
 * The structural constraints of the topology model. Each method returns the problems it finds, as messages that
 * name the element; the generated {@code TopologyValidator} turns them into diagnostics.
 */
public final class ModelConstraints {

	private ModelConstraints() {
	}

	public static List<String> uniqueIds(Network network) {
		List<String> problems = new ArrayList<>();
		Map<String, EObject> seen = new HashMap<>();
		List<EObject> roots = network.eResource() == null ? List.of(network) : network.eResource().getContents();
		for (Iterator<EObject> it = EcoreUtil.getAllContents(roots, false); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Identified identified && identified.getId() != null) {
				EObject previous = seen.putIfAbsent(identified.getId(), element);
				if (previous != null) {
					problems.add(describe(element) + " has the same id as " + describe(previous));
				}
			}
		}
		return problems;
	}

	public static List<String> uniqueVlanPerSite(Network network) {
		List<String> problems = new ArrayList<>();
		Map<String, Segment> seen = new HashMap<>();
		for (Segment segment : network.getSegments()) {
			if (segment.getVlanId() == null) {
				continue;
			}
			String key = (segment.getSite() == null ? "" : segment.getSite().getId()) + "/" + segment.getVlanId();
			Segment previous = seen.putIfAbsent(key, segment);
			if (previous != null) {
				problems.add(describe(segment) + " uses VLAN " + segment.getVlanId() + " like " + describe(previous)
						+ (segment.getSite() == null ? "" : " at " + describe(segment.getSite())));
			}
		}
		return problems;
	}

	public static List<String> securityLevel(Zone zone) {
		Integer level = zone.getSecurityLevel();
		return level == null || (level >= 1 && level <= 4) ? List.of()
				: List.of(describe(zone) + ": IEC 62443 security level " + level + " is outside 1-4");
	}

	public static List<String> securityLevel(Conduit conduit) {
		Integer level = conduit.getSecurityLevel();
		return level == null || (level >= 1 && level <= 4) ? List.of()
				: List.of(describe(conduit) + ": IEC 62443 target security level " + level + " is outside 1-4");
	}

	public static List<String> complete(Conduit conduit) {
		List<String> problems = new ArrayList<>();
		if (conduit.getFromZone() == null) {
			problems.add(describe(conduit) + " names no zone it comes from (fromZone)");
		}
		if (conduit.getToZone() == null) {
			problems.add(describe(conduit) + " names no zone it goes to (toZone)");
		}
		return problems;
	}

	public static List<String> vlanId(Segment segment) {
		Integer vlan = segment.getVlanId();
		return vlan == null || VlanList.isValidId(vlan) ? List.of()
				: List.of(describe(segment) + ": VLAN id " + vlan + " is outside 1-4094");
	}

	public static List<String> prefixes(Segment segment) {
		List<String> problems = new ArrayList<>();
		for (String text : segment.getPrefixes()) {
			try {
				IpPrefix prefix = IpPrefix.parse(text);
				if (text.indexOf('/') < 0) {
					problems.add(describe(segment) + ": prefix '" + text + "' has no length, such as /24");
				} else if (!prefix.isNetwork()) {
					problems.add(describe(segment) + ": '" + text + "' has host bits set; the prefix is " + prefix.network());
				}
			} catch (SyntaxException e) {
				problems.add(describe(segment) + ": " + e.getMessage());
			}
		}
		return problems;
	}

	public static List<String> ingressIsOwnInterface(Device device) {
		Interface ingress = device.getIngress();
		if (ingress != null && ingress.getDevice() != device) {
			return List.of(describe(device) + ": ingress " + describe(ingress) + " is not one of its interfaces");
		}
		if (ingress == null && device.getRole() == DeviceRole.DATA_DIODE) {
			return List.of(describe(device) + " is a data diode without an ingress interface");
		}
		return List.of();
	}

	/** A rule applied inbound on an interface must name one of its own device's interfaces. */
	public static List<String> ingressOnOwnDevice(FirewallRule rule) {
		Interface ingress = rule.getIngress();
		EObject policy = rule.eContainer();
		Object owner = policy == null ? null : policy.eContainer();
		return ingress == null || owner != null && ingress.getDevice() == owner ? List.of()
				: List.of(describe(rule) + ": ingress " + describe(ingress) + " is not an interface of the device whose policy holds the rule");
	}

	public static List<String> policyOnForwardingDevice(Device device) {
		return device.getPolicy() != null && !device.isRouting()
				? List.of(describe(device) + " has a firewall policy but does not route, so the policy never applies")
				: List.of();
	}

	public static List<String> onDevice(Interface port) {
		return port.getDevice() != null ? List.of() : List.of(describe(port) + " does not belong to a device");
	}

	public static List<String> mac(Interface port) {
		String mac = port.getMac();
		return mac == null || mac.isBlank() || MacAddress.isValid(mac) ? List.of()
				: List.of(describe(port) + ": '" + mac + "' is not a MAC address (expected six hexadecimal octets, such as 4C:BD:8F:12:34:56)");
	}

	public static List<String> addresses(Interface port) {
		List<String> problems = new ArrayList<>();
		for (String text : port.getAddresses()) {
			try {
				IpPrefix.parse(text);
			} catch (SyntaxException e) {
				problems.add(describe(port) + ": " + e.getMessage());
			}
		}
		return problems;
	}

	public static List<String> vlans(Interface port) {
		List<String> problems = new ArrayList<>();
		checkVlanId(port, "access VLAN", port.getAccessVlan(), problems);
		checkVlanId(port, "native VLAN", port.getNativeVlan(), problems);
		try {
			VlanList.parse(port.getAllowedVlans());
		} catch (SyntaxException e) {
			problems.add(describe(port) + ": allowed VLANs: " + e.getMessage());
		}
		if (port.getMode() == InterfaceMode.TRUNK && port.getAccessVlan() != null) {
			problems.add(describe(port) + " is a trunk with an access VLAN; use the native VLAN for untagged traffic");
		}
		return problems;
	}

	private static void checkVlanId(Interface port, String what, Integer vlan, List<String> problems) {
		if (vlan != null && !VlanList.isValidId(vlan)) {
			problems.add(describe(port) + ": " + what + " " + vlan + " is outside 1-4094");
		}
	}

	public static List<String> distinctEnds(Link link) {
		if (link.getEndA() == null || link.getEndB() == null) {
			return List.of(describe(link) + " needs two ends");
		}
		if (link.getEndA() == link.getEndB()) {
			return List.of(describe(link) + " connects " + describe(link.getEndA()) + " to itself");
		}
		if (link.getEndA().getDevice() != null && link.getEndA().getDevice() == link.getEndB().getDevice()) {
			return List.of(describe(link) + " connects two interfaces of " + describe(link.getEndA().getDevice()));
		}
		return List.of();
	}

	public static List<String> ports(Service service) {
		try {
			PortList.parse(service.getPorts());
			return List.of();
		} catch (SyntaxException e) {
			return List.of("service '" + Objects.toString(service.getName(), service.getProtocol().getName()) + "' in "
					+ describe(service.eContainer()) + ": " + e.getMessage());
		}
	}

	public static List<String> ouiPrefixes(RestrictedVendor vendor) {
		List<String> problems = new ArrayList<>();
		for (String prefix : vendor.getOuiPrefixes()) {
			if (!OuiPrefix.isValid(prefix)) {
				problems.add(describe(vendor) + ": '" + prefix + "' is not an OUI prefix (expected 6, 7 or 9 hexadecimal digits, such as 4C:BD:8F)");
			}
		}
		return problems;
	}

	public static List<String> complete(Waiver waiver) {
		List<String> problems = new ArrayList<>();
		if (waiver.getDevice() == null) {
			problems.add(describe(waiver) + " names no device");
		}
		if (waiver.getJustification() == null || waiver.getJustification().isBlank()) {
			problems.add(describe(waiver) + " has no justification");
		}
		if (waiver.getApprover() == null || waiver.getApprover().isBlank()) {
			problems.add(describe(waiver) + " has no approver");
		}
		if (waiver.getExpiry() == null) {
			problems.add(describe(waiver) + " has no expiry date");
		}
		return problems;
	}

	public static List<String> complete(RequiredFlow flow) {
		List<String> problems = new ArrayList<>();
		if (flow.getSource() == null) {
			problems.add(describe(flow) + " has no source");
		}
		if (flow.getDestination() == null) {
			problems.add(describe(flow) + " has no destination");
		}
		return problems;
	}
}
