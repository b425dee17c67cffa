package io.github.netreview.model.build;

import java.time.LocalDate;
import java.util.List;

import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Builds a topology in code with explicit ids: the examples, the campus generator and tests use it. Interface ids
 * are made from the device id and port name ({@link #interfaceId}).
 */
public final class NetworkBuilder {

	private static final TopologyFactory FACTORY = TopologyFactory.eINSTANCE;

	private final Network network;

	public NetworkBuilder(String id, String name) {
		network = FACTORY.createNetwork();
		network.setId(id);
		network.setName(name);
	}

	/** A builder that adds to an existing {@code network}. */
	public NetworkBuilder(Network network) {
		this.network = network;
	}

	public Network network() {
		return network;
	}

	public Site site(String id, String name, String address, boolean sensitive) {
		Site site = FACTORY.createSite();
		site.setId(id);
		site.setName(name);
		site.setAddress(address);
		site.setSensitive(sensitive);
		network.getSites().add(site);
		return site;
	}

	public Zone zone(String id, String name, ZoneKind kind, Site site, Integer securityLevel) {
		Zone zone = FACTORY.createZone();
		zone.setId(id);
		zone.setName(name);
		zone.setKind(kind);
		zone.setSite(site);
		zone.setSecurityLevel(securityLevel);
		network.getZones().add(zone);
		return zone;
	}

	public Segment segment(String id, String name, Zone zone, Site site, Integer vlan, String... prefixes) {
		Segment segment = FACTORY.createSegment();
		segment.setId(id);
		segment.setName(name);
		segment.setZone(zone);
		segment.setSite(site);
		segment.setVlanId(vlan);
		segment.getPrefixes().addAll(List.of(prefixes));
		network.getSegments().add(segment);
		return segment;
	}

	public Device device(String id, String name, DeviceRole role, String manufacturer, String model, Site site, Zone zone) {
		Device device = FACTORY.createDevice();
		device.setId(id);
		device.setName(name);
		device.setRole(role);
		device.setManufacturer(manufacturer);
		device.setModel(model);
		device.setSite(site);
		device.setZone(zone);
		network.getDevices().add(device);
		return device;
	}

	/** A switch port carrying one VLAN untagged. */
	public Interface accessPort(Device device, String name, int vlan) {
		Interface port = port(device, name, InterfaceMode.ACCESS);
		port.setAccessVlan(vlan);
		return port;
	}

	/** A trunk carrying {@code allowedVlans} tagged (null means all). */
	public Interface trunkPort(Device device, String name, String allowedVlans) {
		Interface port = port(device, name, InterfaceMode.TRUNK);
		port.setAllowedVlans(allowedVlans);
		return port;
	}

	/** A layer-3 interface of a router, firewall or layer-3 switch in one VLAN. */
	public Interface routedPort(Device device, String name, int vlan, String address) {
		Interface port = port(device, name, InterfaceMode.ROUTED);
		port.setAccessVlan(vlan);
		if (address != null) {
			port.getAddresses().add(address);
		}
		return port;
	}

	/** An endpoint's network card: untagged, in the VLAN of the switch port it is cabled to. */
	public Interface nic(Device device, String name, String mac, String address) {
		Interface port = port(device, name, InterfaceMode.ACCESS);
		port.setMac(mac);
		if (address != null) {
			port.getAddresses().add(address);
		}
		return port;
	}

	/**
	 * Cables an endpoint to an access port of a switch: creates the endpoint's card, the switch port in {@code vlan}
	 * and the copper link between them.
	 */
	public Link attach(Device endpoint, String mac, String address, Device accessSwitch, String portName, int vlan) {
		Interface card = nic(endpoint, "eth0", mac, address);
		Interface port = accessPort(accessSwitch, portName, vlan);
		return link("link-" + endpoint.getId(), card, port, Medium.COPPER);
	}

	public Interface port(Device device, String name, InterfaceMode mode) {
		Interface port = FACTORY.createInterface();
		port.setId(interfaceId(device.getId(), name));
		port.setName(name);
		port.setMode(mode);
		device.getInterfaces().add(port);
		return port;
	}

	/**
	 * The id of port {@code name} of device {@code deviceId}: {@code dev-core-sw.Gi1-0-1}. Ids keep to letters, digits,
	 * dots, hyphens and underscores because a colon in a reference would read as a URI scheme.
	 */
	public static String interfaceId(String deviceId, String name) {
		return deviceId + "." + name.replaceAll("[^A-Za-z0-9._-]", "-");
	}

	public Link link(String id, Interface endA, Interface endB, Medium medium) {
		Link link = FACTORY.createLink();
		link.setId(id);
		link.setEndA(endA);
		link.setEndB(endB);
		link.setMedium(medium);
		network.getLinks().add(link);
		return link;
	}

	public FirewallPolicy policy(Device device, String id, String name, Action defaultAction) {
		FirewallPolicy policy = FACTORY.createFirewallPolicy();
		policy.setId(id);
		policy.setName(name);
		policy.setDefaultAction(defaultAction);
		device.setPolicy(policy);
		return policy;
	}

	/** Appends a rule; a null source, destination or protocol means any. */
	public FirewallRule rule(FirewallPolicy policy, String id, String name, Action action, FlowEndpoint source,
			FlowEndpoint destination, Protocol protocol, String ports) {
		FirewallRule rule = FACTORY.createFirewallRule();
		rule.setId(id);
		rule.setName(name);
		rule.setAction(action);
		rule.setSource(source);
		rule.setDestination(destination);
		rule.setService(protocol == null ? null : service(null, protocol, ports));
		policy.getRules().add(rule);
		return rule;
	}

	public static Service service(String name, Protocol protocol, String ports) {
		Service service = FACTORY.createService();
		service.setName(name);
		service.setProtocol(protocol);
		service.setPorts(ports);
		return service;
	}

	public Waiver waiver(String id, Device device, String rule, String justification, String basis, String approver,
			LocalDate expiry) {
		Waiver waiver = FACTORY.createWaiver();
		waiver.setId(id);
		waiver.setDevice(device);
		waiver.setRule(rule);
		waiver.setJustification(justification);
		waiver.setBasis(basis);
		waiver.setApprover(approver);
		waiver.setExpiry(expiry);
		network.getWaivers().add(waiver);
		return waiver;
	}

	public RequiredFlow requiredFlow(String id, String name, FlowEndpoint source, FlowEndpoint destination,
			Service service, String reason) {
		RequiredFlow flow = FACTORY.createRequiredFlow();
		flow.setId(id);
		flow.setName(name);
		flow.setSource(source);
		flow.setDestination(destination);
		flow.setService(service);
		flow.setReason(reason);
		network.getRequiredFlows().add(flow);
		return flow;
	}

	/** An intended conduit from {@code from} to {@code to} carrying {@code services} (none: any service). */
	public Conduit conduit(String id, String name, Zone from, Zone to, Integer securityLevel, Service... services) {
		Conduit conduit = FACTORY.createConduit();
		conduit.setId(id);
		conduit.setName(name);
		conduit.setFromZone(from);
		conduit.setToZone(to);
		conduit.setSecurityLevel(securityLevel);
		conduit.getServices().addAll(java.util.List.of(services));
		network.getConduits().add(conduit);
		return conduit;
	}
}
