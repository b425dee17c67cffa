package io.github.netreview.model.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Generates an enterprise campus network of exactly N devices from a seed: sites with a core layer-3 switch, a
 * firewall for the CCTV and IoT VLANs and a WAN router; distribution switches; access switches with about twenty
 * endpoints each, 5-10% of them cameras of mixed vendors. About one camera in ten is patched into a staff VLAN and so
 * reaches the core. The same devices and seed always give the same network.
 */
public final class CampusGenerator {

	/** The fewest devices a campus can have: a core switch, firewall, router, distribution and access switch, endpoints. */
	public static final int MIN_DEVICES = 10;

	static final int ENDPOINTS_PER_ACCESS_SWITCH = 20;
	static final int ACCESS_SWITCHES_PER_DISTRIBUTION = 12;
	static final int MAX_SITES = 250;
	static final int VLAN_CORE = 10;
	static final int VLAN_SERVERS = 20;
	static final int VLAN_STAFF = 30;
	static final int VLAN_CCTV = 40;
	static final int VLAN_IOT = 50;
	static final int VLAN_MANAGEMENT = 99;
	static final int VLAN_WAN = 100;
	private static final String ACCESS_TRUNK = "20,30,40,50,99";

	private final SplittableRandom random;
	private final NetworkBuilder b;
	private final Zones zones;
	private int deviceCount;
	private int linkCount;
	private int wanPorts;
	private Device hubRouter;

	private CampusGenerator(long seed) {
		random = new SplittableRandom(seed);
		b = new NetworkBuilder("net-campus", "Generated campus (seed " + seed + ")");
		zones = new Zones(b);
	}

	/** A campus of exactly {@code devices} devices (at least {@link #MIN_DEVICES}). */
	public static Network generate(int devices, long seed) {
		if (devices < MIN_DEVICES) {
			throw new IllegalArgumentException("a generated campus needs at least " + MIN_DEVICES + " devices, not " + devices);
		}
		return new CampusGenerator(seed).campus(devices);
	}

	private Network campus(int devices) {
		int sites = Math.min(MAX_SITES, Math.max(1, devices / 5000));
		int perSite = devices / sites;
		for (int s = 1; s <= sites; s++) {
			int budget = s == sites ? devices - perSite * (sites - 1) : perSite;
			site(s, budget);
		}
		return b.network();
	}

	private void site(int s, int budget) {
		Site site = b.site("site-" + s, "Campus " + s, "Building " + s + ", Example Business Park", s % 4 == 1);
		SiteSegments segments = new SiteSegments(b, zones, site, s);
		Device core = device("core-sw", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9500-48Y4C", site, zones.core);
		core.setRouting(true);
		for (int vlan : new int[] { VLAN_CORE, VLAN_SERVERS, VLAN_STAFF, VLAN_MANAGEMENT }) {
			b.routedPort(core, "Vlan" + vlan, vlan, segments.gateway(vlan));
		}
		Device firewall = device("fw", DeviceRole.FIREWALL, "Fortinet, Inc.", "FortiGate 600F", site, zones.core);
		Interface inside = b.routedPort(firewall, "port1", VLAN_CORE, segments.address(VLAN_CORE, 2));
		link(b.accessPort(core, "Te1/0/1", VLAN_CORE), inside, Medium.FIBER);
		Interface fenced = b.trunkPort(firewall, "port2", VLAN_CCTV + "," + VLAN_IOT);
		fenced.getAddresses().add(segments.gateway(VLAN_CCTV));
		fenced.getAddresses().add(segments.gateway(VLAN_IOT));
		link(b.trunkPort(core, "Te1/0/2", VLAN_CCTV + "," + VLAN_IOT), fenced, Medium.FIBER);
		Device router = device("rtr", DeviceRole.ROUTER, "Cisco Systems, Inc", "ISR4451-X/K9", site, zones.core);
		link(b.accessPort(core, "Te1/0/3", VLAN_CORE), b.routedPort(router, "Gi0/0/1", VLAN_CORE, segments.address(VLAN_CORE, 1)), Medium.FIBER);
		connectWan(router, s);

		SiteFill fill = new SiteFill(site, segments, core, budget - 3);
		fill.run();
		policy(firewall, segments, fill.nvr);
	}

	private void connectWan(Device router, int s) {
		Interface wan = b.routedPort(router, "Tunnel0", VLAN_WAN, "172.16." + (s / 256) + "." + (s % 256) + "/16");
		if (hubRouter == null) {
			hubRouter = router;
			return;
		}
		Interface hubPort = b.routedPort(hubRouter, "Tunnel" + (++wanPorts), VLAN_WAN, null);
		link(hubPort, wan, Medium.VPN);
	}

	private void policy(Device firewall, SiteSegments segments, Device nvr) {
		String id = firewall.getId();
		FirewallPolicy policy = b.policy(firewall, "policy-" + id, firewall.getName() + " policy", Action.DENY);
		if (nvr != null) {
			b.rule(policy, "rule-" + id + "-10", "Staff view CCTV", Action.ALLOW, zones.staff, nvr, Protocol.TCP, "443");
		}
		b.rule(policy, "rule-" + id + "-20", "CCTV stays in its VLAN", Action.DENY, segments.cctv, null, null, null);
		b.rule(policy, "rule-" + id + "-30", "IoT telemetry to servers", Action.ALLOW, segments.iot, segments.servers, Protocol.UDP, "514");
		if (random.nextInt(10) == 0) {
			b.rule(policy, "rule-" + id + "-40", "Legacy: IoT to core (to be removed)", Action.ALLOW, segments.iot, zones.core, null, null);
		}
	}

	private Device device(String kind, DeviceRole role, String maker, String model, Site site, Zone zone) {
		int n = ++deviceCount;
		return b.device("dev-" + n, kind + "-" + n, role, maker, model, site, zone);
	}

	private void link(Interface a, Interface z, Medium medium) {
		b.link("link-" + (++linkCount), a, z, medium);
	}

	private static String mac(String oui, int serial) {
		return String.format("%s:%02X:%02X:%02X", oui, (serial >>> 16) & 0xFF, (serial >>> 8) & 0xFF, serial & 0xFF);
	}

	/** Fills one site's device budget with distribution switches, access switches and their endpoints. */
	private final class SiteFill {
		private final Site site;
		private final SiteSegments segments;
		private final Device core;
		private final double cameraRate;
		private int remaining;
		private int corePorts = 3;
		private Device distribution;
		private int accessOnDistribution;
		private Device nvr;

		SiteFill(Site site, SiteSegments segments, Device core, int budget) {
			this.site = site;
			this.segments = segments;
			this.core = core;
			this.remaining = budget;
			this.cameraRate = 0.05 + random.nextDouble() * 0.05;
		}

		void run() {
			while (remaining > 0) {
				if (distribution == null || accessOnDistribution == ACCESS_SWITCHES_PER_DISTRIBUTION) {
					distribution = take("dist-sw", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9300-48UXM", zones.management);
					trunk(core, "Te1/0/" + (++corePorts), distribution, "Te1/1/1", null);
					accessOnDistribution = 0;
					continue;
				}
				Device access = take("acc-sw", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200L-48P-4G", zones.management);
				trunk(distribution, "Gi1/0/" + (++accessOnDistribution), access, "Te1/1/1", ACCESS_TRUNK);
				for (int port = 1; port <= ENDPOINTS_PER_ACCESS_SWITCH && remaining > 0; port++) {
					endpoint(access, "Gi1/0/" + port);
				}
			}
		}

		private void trunk(Device upper, String upperPort, Device lower, String lowerPort, String vlans) {
			link(b.trunkPort(upper, upperPort, vlans), b.trunkPort(lower, lowerPort, vlans), Medium.FIBER);
		}

		private Device take(String kind, DeviceRole role, String maker, String model, Zone zone) {
			remaining--;
			return device(kind, role, maker, model, site, zone);
		}

		private void endpoint(Device access, String port) {
			if (nvr == null) {
				nvr = take("nvr", DeviceRole.NVR, "Milestone Systems A/S", "Husky IVO 700R", zones.cctv);
				attach(nvr, "00:06:5B", VLAN_CCTV, access, port);
				b.requiredFlow("flow-" + nvr.getId(), "Cameras of " + site.getName() + " stream to " + nvr.getName(),
						segments.cctv, nvr, NetworkBuilder.service("RTSP", Protocol.TCP, "554"), "Recording");
				return;
			}
			double roll = random.nextDouble();
			if (roll < cameraRate) {
				camera(access, port);
			} else if (roll < cameraRate + 0.05) {
				Device server = take("srv", DeviceRole.SERVER, "Dell Inc.", "PowerEdge R660", zones.servers);
				attach(server, "00:06:5B", VLAN_SERVERS, access, port);
			} else if (roll < cameraRate + 0.10) {
				iot(access, port);
			} else if (roll < cameraRate + 0.12) {
				Device ap = take("ap", DeviceRole.ACCESS_POINT, "Hewlett Packard Enterprise", "Aruba AP-535", zones.staff);
				attach(ap, "00:0B:86", VLAN_STAFF, access, port);
			} else {
				Device workstation = take("ws", DeviceRole.WORKSTATION, "Dell Inc.", "OptiPlex 7010", zones.staff);
				attach(workstation, "00:06:5B", VLAN_STAFF, access, port);
			}
		}

		private void iot(Device access, String port) {
			boolean scale = random.nextInt(20) == 0;
			Device iot = scale ? take("scale", DeviceRole.IOT, "Shanghai Dahua Scale Factory", "TM-30", zones.iot)
					: take("bms", DeviceRole.IOT, "Siemens AG", "Desigo PXC5", zones.iot);
			String mac = scale ? String.format("40:2C:76:1%X:%02X:%02X", (deviceCount >>> 16) & 0xF, (deviceCount >>> 8) & 0xFF,
					deviceCount & 0xFF) : mac("08:00:06", deviceCount);
			b.attach(iot, mac, segments.host(VLAN_IOT, deviceCount), access, port, VLAN_IOT);
		}

		private void camera(Device access, String port) {
			CameraVendor vendor = CameraVendor.pick(random);
			Device camera = take("cam", DeviceRole.CAMERA, vendor.manufacturer(random), vendor.model(random), zones.cctv);
			boolean misplaced = random.nextInt(10) == 0;
			attach(camera, vendor.oui(random), misplaced ? VLAN_STAFF : VLAN_CCTV, access, port);
			if (vendor.restricted() && random.nextInt(200) == 0) {
				boolean expired = random.nextBoolean();
				b.waiver("waiver-" + camera.getId(), camera, null, "Scheduled for replacement", "Risk acceptance RA-" + camera.getId(),
						"Site security officer", expired ? LocalDate.of(2025, 3, 31) : LocalDate.of(2027, 12, 31));
			}
		}

		private void attach(Device endpoint, String oui, int vlan, Device access, String port) {
			b.attach(endpoint, mac(oui, deviceCount), segments.host(vlan, deviceCount), access, port, vlan);
		}
	}

	/** The zones every campus site shares. */
	private static final class Zones {
		final Zone core;
		final Zone servers;
		final Zone staff;
		final Zone cctv;
		final Zone iot;
		final Zone management;

		Zones(NetworkBuilder b) {
			core = b.zone("zone-core", "Core", ZoneKind.CORE, null, 3);
			servers = b.zone("zone-servers", "Servers", ZoneKind.SERVER, null, 3);
			staff = b.zone("zone-staff", "Staff", ZoneKind.USER, null, 2);
			cctv = b.zone("zone-cctv", "CCTV", ZoneKind.SURVEILLANCE, null, 2);
			iot = b.zone("zone-iot", "IoT", ZoneKind.IOT, null, 1);
			management = b.zone("zone-mgmt", "Management", ZoneKind.MANAGEMENT, null, 3);
			b.segment("seg-wan", "WAN", core, null, VLAN_WAN, "172.16.0.0/16");
		}
	}

	/** One site's VLANs and their addressing: 10.S.0.0/16 split by VLAN. */
	private static final class SiteSegments {
		final Segment servers;
		final Segment cctv;
		final Segment iot;
		private final int s;

		SiteSegments(NetworkBuilder b, Zones zones, Site site, int s) {
			this.s = s;
			String id = "seg-" + s + "-";
			b.segment(id + "core", site.getName() + " core", zones.core, site, VLAN_CORE, "10." + s + ".0.0/24");
			servers = b.segment(id + "servers", site.getName() + " servers", zones.servers, site, VLAN_SERVERS, "10." + s + ".16.0/20");
			b.segment(id + "staff", site.getName() + " staff", zones.staff, site, VLAN_STAFF, "10." + s + ".32.0/19");
			cctv = b.segment(id + "cctv", site.getName() + " CCTV", zones.cctv, site, VLAN_CCTV, "10." + s + ".64.0/20");
			iot = b.segment(id + "iot", site.getName() + " IoT", zones.iot, site, VLAN_IOT, "10." + s + ".80.0/20");
			b.segment(id + "mgmt", site.getName() + " management", zones.management, site, VLAN_MANAGEMENT, "10." + s + ".96.0/22");
		}

		private int base(int vlan) {
			return switch (vlan) {
			case VLAN_CORE -> 0;
			case VLAN_SERVERS -> 16 << 8;
			case VLAN_STAFF -> 32 << 8;
			case VLAN_CCTV -> 64 << 8;
			case VLAN_IOT -> 80 << 8;
			default -> 96 << 8;
			};
		}

		private int size(int vlan) {
			return switch (vlan) {
			case VLAN_CORE -> 1 << 8;
			case VLAN_STAFF -> 1 << 13;
			case VLAN_MANAGEMENT -> 1 << 10;
			default -> 1 << 12;
			};
		}

		String address(int vlan, int host) {
			int offset = base(vlan) + host;
			return "10." + s + "." + (offset >>> 8) + "." + (offset & 0xFF) + "/" + (32 - Integer.numberOfTrailingZeros(size(vlan)));
		}

		String gateway(int vlan) {
			return address(vlan, size(vlan) - 2);
		}

		/** A host address in the VLAN's prefix, spread by {@code n}. */
		String host(int vlan, int n) {
			return address(vlan, 10 + n % (size(vlan) - 20));
		}
	}
}
