package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Small random networks that exercise every forwarding rule: trunks with pruned and native VLANs, mispatched access
 * ports, routers, routers on a stick, layer-3 switches, firewalls with random rules, diodes, one-way and disabled
 * links and interfaces, dual-homed endpoints, restricted switches, routers with access lists applied inbound on
 * their interfaces.
 */
final class RandomTopologies {

	static final int[] VLANS = { 10, 20, 30, 40, 50 };
	private static final String[] MAKERS = { "Hikvision", "Dahua", "Axis Communications AB", "Dell Inc.", "Huawei" };

	private final Random random;
	private final NetworkBuilder b;
	private final List<Device> switches = new ArrayList<>();
	private final List<Device> endpoints = new ArrayList<>();
	private final List<Zone> zones = new ArrayList<>();
	private final List<Link> links = new ArrayList<>();
	private final List<Interface> ports = new ArrayList<>();
	private int counter;

	private RandomTopologies(long seed) {
		random = new Random(seed);
		b = new NetworkBuilder("net-" + seed, "Random " + seed);
	}

	static Network generate(long seed) {
		return new RandomTopologies(seed).network();
	}

	private Network network() {
		Site[] sites = { b.site("s1", "S1", "", random.nextBoolean()), b.site("s2", "S2", "", false) };
		Zone core = b.zone("z-core", "Core", ZoneKind.CORE, null, null);
		zones.add(core);
		zones.add(b.zone("z-staff", "Staff", ZoneKind.USER, null, null));
		zones.add(b.zone("z-cctv", "CCTV", ZoneKind.SURVEILLANCE, null, null));
		zones.add(b.zone("z-iot", "IoT", ZoneKind.IOT, null, null));
		for (Site site : sites) {
			for (int vlan : VLANS) {
				Zone zone = vlan <= 20 ? core : zones.get(1 + (vlan / 10 - 3));
				if (random.nextInt(5) > 0) {
					b.segment("seg-" + site.getId() + "-" + vlan, site.getName() + " " + vlan, zone, site, vlan, prefix(vlan, site));
				}
			}
		}
		int switchCount = 2 + random.nextInt(4);
		for (int i = 0; i < switchCount; i++) {
			boolean restricted = random.nextInt(8) == 0;
			Device sw = b.device(id("sw"), "sw" + i, DeviceRole.SWITCH, restricted ? "Huawei" : "Cisco Systems, Inc", "x",
					sites[random.nextInt(5) == 0 ? 1 : 0], random.nextInt(4) == 0 ? core : null);
			switches.add(sw);
		}
		for (int i = 1; i < switchCount; i++) {
			connectSwitches(switches.get(random.nextInt(i)), switches.get(i));
		}
		for (int extra = random.nextInt(3); extra > 0; extra--) {
			connectSwitches(pick(switches), pick(switches));
		}
		int endpointCount = 3 + random.nextInt(8);
		for (int i = 0; i < endpointCount; i++) {
			addEndpoint();
		}
		int forwarders = 1 + random.nextInt(4);
		for (int i = 0; i < forwarders; i++) {
			addForwarder();
		}
		disableSome();
		return b.network();
	}

	/** The prefix of a VLAN at a site: 10.VLAN.SITE.0/24. */
	static String prefix(int vlan, Site site) {
		return "10." + vlan + "." + site.getId().substring(1) + ".0/24";
	}

	private String id(String kind) {
		return "dev-" + kind + "-" + (++counter);
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private int vlan() {
		return VLANS[random.nextInt(VLANS.length)];
	}

	private String allowed() {
		return switch (random.nextInt(4)) {
		case 0 -> null;
		case 1 -> "10,20,30,40,50";
		default -> vlan() + "," + vlan();
		};
	}

	private void connectSwitches(Device a, Device z) {
		if (a == z) {
			return;
		}
		Interface endA;
		Interface endZ;
		if (random.nextInt(5) == 0) {
			endA = b.accessPort(a, "p" + (++counter), vlan());
			endZ = b.accessPort(z, "p" + (++counter), vlan());
		} else {
			endA = b.trunkPort(a, "t" + (++counter), allowed());
			endZ = b.trunkPort(z, "t" + (++counter), allowed());
			if (random.nextInt(4) == 0) {
				endA.setNativeVlan(vlan());
			}
			if (random.nextInt(4) == 0) {
				endZ.setNativeVlan(vlan());
			}
		}
		cable(endA, endZ);
	}

	private void cable(Interface a, Interface z) {
		Link link = b.link("link-" + (++counter), a, z, Medium.COPPER);
		if (random.nextInt(10) == 0) {
			link.setDirection(random.nextBoolean() ? LinkDirection.FROM_A : LinkDirection.FROM_B);
		}
		links.add(link);
		ports.add(a);
		ports.add(z);
	}

	private void addForwarder() {
		int kind = random.nextInt(4);
		if (kind == 0) {
			Device sw = pick(switches);
			sw.setRouting(true);
			for (int i = 0; i < 2; i++) {
				ports.add(b.routedPort(sw, "Vlan" + vlan() + "-" + (++counter), vlan(), null));
			}
			return;
		}
		DeviceRole role = kind == 3 ? DeviceRole.DATA_DIODE : random.nextInt(3) > 0 ? DeviceRole.FIREWALL : DeviceRole.ROUTER;
		Device device = b.device(id("fwd"), "fwd" + counter, role, "Cisco Systems, Inc", "x", null, null);
		int legs = 2 + random.nextInt(2);
		for (int i = 0; i < legs; i++) {
			Device sw = pick(switches);
			if (role != DeviceRole.DATA_DIODE && random.nextInt(4) == 0) {
				String vlans = vlan() + "," + vlan();
				cable(b.trunkPort(device, "sub" + (++counter), vlans), b.trunkPort(sw, "t" + (++counter), vlans));
			} else {
				int vlan = vlan();
				cable(b.routedPort(device, "r" + (++counter), vlan, null), b.accessPort(sw, "p" + (++counter), vlan));
			}
		}
		if (role == DeviceRole.DATA_DIODE) {
			device.setIngress(device.getInterfaces().get(0));
		}
		if (role == DeviceRole.FIREWALL) {
			rules(device, b.policy(device, "policy-" + counter, "p", random.nextBoolean() ? Action.ALLOW : Action.DENY));
		} else if (role == DeviceRole.ROUTER && random.nextBoolean()) {
			rules(device, b.policy(device, "acl-" + counter, "acl", random.nextInt(4) > 0 ? Action.ALLOW : Action.DENY));
		}
	}

	private void rules(Device device, FirewallPolicy policy) {
		int count = 1 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			FlowEndpoint source = switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> pick(zones);
			default -> endpoints.isEmpty() ? null : pick(endpoints);
			};
			FlowEndpoint destination = random.nextBoolean() ? null : pick(zones);
			Protocol protocol = switch (random.nextInt(4)) {
			case 0 -> null;
			case 1 -> Protocol.TCP;
			case 2 -> Protocol.UDP;
			default -> Protocol.ANY;
			};
			String ports = protocol == null ? null : random.nextBoolean() ? "554" : random.nextBoolean() ? "1-1024" : null;
			FirewallRule rule = b.rule(policy, "rule-" + (++counter), "r", random.nextBoolean() ? Action.ALLOW : Action.DENY, source,
					destination, protocol, ports);
			if (random.nextInt(3) == 0) {
				rule.setIngress(pick(device.getInterfaces()));
			}
		}
	}

	private void addEndpoint() {
		DeviceRole role = random.nextInt(3) == 0 ? DeviceRole.NVR : DeviceRole.CAMERA;
		String maker = MAKERS[random.nextInt(MAKERS.length)];
		Device device = b.device(id("ep"), "ep" + counter, role, maker, "x", random.nextInt(5) == 0 ? null : switches.get(0).getSite(),
				null);
		endpoints.add(device);
		int cards = random.nextInt(4) == 0 ? 2 : 1;
		for (int i = 0; i < cards; i++) {
			Interface card = b.nic(device, "eth" + i, null, null);
			cable(card, b.accessPort(pick(switches), "p" + (++counter), vlan()));
		}
	}

	private void disableSome() {
		for (Link link : links) {
			if (random.nextInt(12) == 0) {
				link.setEnabled(false);
			}
		}
		for (Interface port : ports) {
			if (random.nextInt(15) == 0) {
				port.setEnabled(false);
			}
		}
	}
}
