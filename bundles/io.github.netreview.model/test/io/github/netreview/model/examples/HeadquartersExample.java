package io.github.netreview.model.examples;

import java.time.LocalDate;

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
 * examples/hq.netreview: the headquarters of a UK government department, a sensitive site with core, server,
 * staff, CCTV, building-management and perimeter zones; the firewall sits between the core, the CCTV VLAN and the
 * internet router. One Hikvision camera was patched into the staff VLAN and so reaches the
 * core; the others sit in the CCTV VLAN behind the firewall; one Dahua camera is cabled to the core switch.
 */
final class HeadquartersExample {

	private final NetworkBuilder b = new NetworkBuilder("net-hq", "Department for Example Affairs - Headquarters");

	static Network build() {
		return new HeadquartersExample().network();
	}

	private Network network() {
		Site hq = b.site("site-hq", "Headquarters", "22 Marsham Court, London SW1P 4XX", true);
		Zone core = b.zone("zone-core", "Core", ZoneKind.CORE, hq, 3);
		Zone servers = b.zone("zone-servers", "Servers", ZoneKind.SERVER, hq, 3);
		servers.setCore(true);
		servers.setDescription("The department's data-centre servers; part of the departmental core network.");
		Zone staff = b.zone("zone-staff", "Staff LAN", ZoneKind.USER, hq, 2);
		Zone cctv = b.zone("zone-cctv", "CCTV", ZoneKind.SURVEILLANCE, hq, 2);
		Zone bms = b.zone("zone-bms", "Building management", ZoneKind.OT, hq, 2);
		Zone management = b.zone("zone-mgmt", "Network management", ZoneKind.MANAGEMENT, hq, 3);
		Zone perimeter = b.zone("zone-perimeter", "Perimeter", ZoneKind.DMZ, hq, 3);
		Zone internet = b.zone("zone-internet", "Internet", ZoneKind.EXTERNAL, null, null);

		b.segment("seg-core", "Core infrastructure", core, hq, 10, "10.10.10.0/24");
		b.segment("seg-servers", "Servers", servers, hq, 20, "10.10.20.0/24");
		b.segment("seg-staff", "Staff", staff, hq, 30, "10.10.30.0/24", "2001:db8:10:30::/64");
		Segment cctvVlan = b.segment("seg-cctv", "CCTV", cctv, hq, 40, "10.10.40.0/24");
		b.segment("seg-bms", "Building management", bms, hq, 50, "10.10.50.0/24");
		b.segment("seg-mgmt", "Network management", management, hq, 99, "10.10.99.0/24");
		b.segment("seg-internet", "Internet edge", internet, hq, 900, "192.0.2.0/29");
		b.segment("seg-transit", "Firewall to router", perimeter, hq, 901, "10.10.254.0/30");

		Device router = b.device("dev-rtr-edge-01", "rtr-edge-01", DeviceRole.ROUTER, "Cisco Systems, Inc", "ISR4451-X/K9", hq, perimeter);
		Device firewall = b.device("dev-fw-01", "fw-01", DeviceRole.FIREWALL, "Fortinet, Inc.", "FortiGate 200F", hq, core);
		Device coreSwitch = b.device("dev-core-sw-01", "core-sw-01", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9500-24Y4C", hq, core);
		coreSwitch.setRouting(true);
		Device floor1 = b.device("dev-acc-sw-01", "acc-sw-01", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200L-48P-4G", hq, staff);
		Device floor2 = b.device("dev-acc-sw-02", "acc-sw-02", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200L-48P-4G", hq, staff);
		Device floor3 = b.device("dev-acc-sw-03", "acc-sw-03", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200L-24P-4G", hq, staff);
		Device cctvSwitch = b.device("dev-cctv-sw-01", "cctv-sw-01", DeviceRole.SWITCH, "Cisco Systems, Inc", "CBS350-24FP-4G", hq, cctv);
		Device otSwitch = b.device("dev-ot-sw-01", "ot-sw-01", DeviceRole.SWITCH, "Siemens AG", "SCALANCE XC208", hq, bms);
		Device diode = b.device("dev-diode-01", "diode-01", DeviceRole.DATA_DIODE, "Owl Cyber Defense", "OPDS-100", hq, bms);

		b.routedPort(router, "Gi0/0/0", 900, "192.0.2.2/29");
		Interface routerInside = b.routedPort(router, "Gi0/0/1", 901, "10.10.254.1/30");
		Interface firewallOutside = b.routedPort(firewall, "port3", 901, "10.10.254.2/30");
		Interface firewallInside = b.routedPort(firewall, "port1", 10, "10.10.10.2/24");
		Interface firewallCctv = b.trunkPort(firewall, "port2", "40");
		firewallCctv.getAddresses().add("10.10.40.1/24");
		for (int vlan : new int[] { 10, 20, 30, 99 }) {
			b.routedPort(coreSwitch, "Vlan" + vlan, vlan, "10.10." + vlan + ".254/24");
		}
		b.link("link-fw-rtr", firewallOutside, routerInside, Medium.FIBER);
		b.link("link-core-fw", b.accessPort(coreSwitch, "Te1/0/2", 10), firewallInside, Medium.FIBER);
		uplink(coreSwitch, "Te1/0/3", floor1, "20,30,99");
		uplink(coreSwitch, "Te1/0/4", floor2, "30,99");
		uplink(coreSwitch, "Te1/0/5", floor3, "30,99");
		b.link("link-fw-cctv", firewallCctv, b.trunkPort(cctvSwitch, "Gi1/0/28", "40"), Medium.FIBER);

		Device dc = server("dev-srv-dc-01", "srv-dc-01", "Dell Inc.", "PowerEdge R650", "00:06:5B:20:00:01", "10.10.20.11/24", coreSwitch, "Te1/0/10", servers, hq);
		server("dev-srv-file-01", "srv-file-01", "Dell Inc.", "PowerEdge R750", "00:06:5B:20:00:02", "10.10.20.12/24", coreSwitch, "Te1/0/11", servers, hq);
		server("dev-srv-mail-01", "srv-mail-01", "Dell Inc.", "PowerEdge R650", "00:06:5B:20:00:03", "10.10.20.13/24", coreSwitch, "Te1/0/12", servers, hq);
		Device historian = server("dev-srv-mon-01", "srv-mon-01", "Hewlett Packard Enterprise", "ProLiant DL360 Gen11", "00:14:38:20:00:04", "10.10.20.14/24", coreSwitch, "Te1/0/13", servers, hq);
		dc.setDescription("Domain controller and DNS.");
		historian.setDescription("Monitoring server; receives building-management telemetry through diode-01.");

		Device[] floors = { floor1, floor1, floor1, floor1, floor1, floor1, floor2, floor2, floor2, floor2, floor3, floor3 };
		Device securityDesk = null;
		for (int i = 1; i <= floors.length; i++) {
			String name = i == 12 ? "sec-desk-01" : String.format("ws-%02d", i);
			Device workstation = b.device("dev-" + name, name, DeviceRole.WORKSTATION, i % 2 == 0 ? "HP Inc." : "Dell Inc.",
					i % 2 == 0 ? "EliteDesk 800 G9" : "OptiPlex 7010", hq, staff);
			b.attach(workstation, String.format("%s:30:%02X", i % 2 == 0 ? "00:01:E6:00" : "00:06:5B:00", i),
					"10.10.30." + (100 + i) + "/24", floors[i - 1], "Gi1/0/" + i, 30);
			securityDesk = workstation;
		}
		securityDesk.setDescription("Security control room desk; runs the video management client.");
		Device ap1 = b.device("dev-ap-01", "ap-01", DeviceRole.ACCESS_POINT, "Cisco Systems, Inc", "C9120AXI-E", hq, staff);
		b.attach(ap1, "00:00:0C:31:00:01", "10.10.30.21/24", floor1, "Gi1/0/40", 30);
		Device ap2 = b.device("dev-ap-02", "ap-02", DeviceRole.ACCESS_POINT, "Cisco Systems, Inc", "C9120AXI-E", hq, staff);
		b.attach(ap2, "00:00:0C:31:00:02", "10.10.30.22/24", floor2, "Gi1/0/40", 30);
		Device printer = b.device("dev-prn-01", "prn-01", DeviceRole.IOT, "HP Inc.", "LaserJet Enterprise M611", hq, staff);
		b.attach(printer, "00:01:E6:31:00:01", "10.10.30.31/24", floor3, "Gi1/0/20", 30);

		Device nvr = b.device("dev-nvr-01", "nvr-01", DeviceRole.NVR, "Milestone Systems A/S", "Husky IVO 350R", hq, cctv);
		b.attach(nvr, "00:06:5B:40:00:10", "10.10.40.10/24", cctvSwitch, "Gi1/0/24", 40);
		Device entrance1 = camera("dev-cam-entrance-01", "cam-entrance-01", "Hangzhou Hikvision Digital Technology Co., Ltd.", "DS-2CD2143G2-I", "4C:BD:8F:40:00:01", "10.10.40.101/24", cctvSwitch, "Gi1/0/1", 40, cctv, hq);
		Device entrance2 = camera("dev-cam-entrance-02", "cam-entrance-02", "Hikvision", "DS-2CD2386G2-IU", "4C:BD:8F:40:00:02", "10.10.40.102/24", cctvSwitch, "Gi1/0/2", 40, cctv, hq);
		camera("dev-cam-car-park-01", "cam-car-park-01", "Zhejiang Dahua Technology Co., Ltd.", "IPC-HFW2441S-S", "3C:EF:8C:40:00:03", "10.10.40.103/24", cctvSwitch, "Gi1/0/3", 40, cctv, hq);
		Device inferred = camera("dev-cam-car-park-02", "cam-car-park-02", null, null, "3C:EF:8C:40:00:04", "10.10.40.104/24", cctvSwitch, "Gi1/0/4", 40, cctv, hq);
		inferred.setDescription("Installed by a contractor; make and model not recorded.");
		camera("dev-cam-reception-01", "cam-reception-01", "Axis Communications AB", "P3265-LVE", "AC:CC:8E:40:00:05", "10.10.40.105/24", cctvSwitch, "Gi1/0/5", 40, cctv, hq);
		camera("dev-cam-corridor-01", "cam-corridor-01", "Axis Communications AB", "M3086-V", "00:40:8C:40:00:06", "10.10.40.106/24", cctvSwitch, "Gi1/0/6", 40, cctv, hq);
		Device unknown = camera("dev-cam-store-01", "cam-store-01", null, null, "02:1A:2B:40:00:07", "10.10.40.107/24", cctvSwitch, "Gi1/0/7", 40, cctv, hq);
		unknown.setDescription("Found during the walk-down; no label, locally administered MAC.");
		Device lobby = camera("dev-cam-lobby-02", "cam-lobby-02", "Hangzhou Hikvision Digital Technology Co., Ltd.", "DS-2CD2043G2-I", "4C:BD:8F:30:00:08", "10.10.30.108/24", floor2, "Gi1/0/30", 30, cctv, hq);
		lobby.setDescription("Moved to the lobby in 2024 and patched into a staff-LAN port by mistake.");
		Device loadingBay = camera("dev-cam-loading-bay-01", "cam-loading-bay-01", "Dahua Technology", "IPC-HDBW3441E-AS", "E0:50:8B:40:00:09", "10.10.40.109/24", coreSwitch, "Gi1/0/47", 40, cctv, hq);
		loadingBay.setDescription("Temporary feed cabled to a spare core-switch port in VLAN 40, which the core switch does not route.");

		Device bmsController = b.device("dev-bms-01", "bms-01", DeviceRole.IOT, "Siemens AG", "Desigo PXC7", hq, bms);
		b.attach(bmsController, "08:00:06:50:00:01", "10.10.50.11/24", otSwitch, "P1", 50);
		Interface diodeIn = b.nic(diode, "in", "02:4F:57:50:00:02", null);
		Interface diodeOut = b.nic(diode, "out", "02:4F:57:20:00:02", null);
		diode.setIngress(diodeIn);
		b.link("link-ot-diode", b.accessPort(otSwitch, "P8", 50), diodeIn, Medium.FIBER);
		b.link("link-diode-core", diodeOut, b.accessPort(coreSwitch, "Te1/0/20", 20), Medium.FIBER);

		FirewallPolicy policy = b.policy(firewall, "policy-fw-01", "fw-01 policy", Action.DENY);
		b.rule(policy, "rule-fw-01-10", "Security desk to VMS", Action.ALLOW, securityDesk, nvr, Protocol.TCP, "443,554");
		b.rule(policy, "rule-fw-01-20", "CCTV stays in its VLAN", Action.DENY, cctv, null, null, null);
		b.rule(policy, "rule-fw-01-30", "Staff browse the web", Action.ALLOW, staff, internet, Protocol.TCP, "80,443");
		b.rule(policy, "rule-fw-01-40", "Mail and updates", Action.ALLOW, servers, internet, Protocol.TCP, "25,443");

		b.requiredFlow("flow-cctv-nvr", "Cameras stream to the NVR", cctvVlan, nvr, NetworkBuilder.service("RTSP", Protocol.TCP, "554"),
				"Recording of all CCTV feeds (retention policy SEC-7).");
		b.requiredFlow("flow-desk-nvr", "Security desk views recordings", securityDesk, nvr,
				NetworkBuilder.service("HTTPS", Protocol.TCP, "443"), "Control-room monitoring.");
		b.requiredFlow("flow-bms-historian", "BMS telemetry to monitoring", bmsController, historian,
				NetworkBuilder.service("Syslog", Protocol.UDP, "514"), "Facilities monitoring, one-way through diode-01.");

		b.conduit("conduit-staff-servers", "Staff use the business services", staff, servers, 2,
				NetworkBuilder.service("DNS", Protocol.ANY, "53"), NetworkBuilder.service("Directory and files", Protocol.TCP, "88,389,445"),
				NetworkBuilder.service("Mail and intranet", Protocol.TCP, "443,993"));
		b.conduit("conduit-staff-internet", "Staff browse the web", staff, internet, 2, NetworkBuilder.service("Web", Protocol.TCP, "80,443"));
		b.conduit("conduit-servers-internet", "Mail and updates", servers, internet, 3, NetworkBuilder.service("SMTP and HTTPS", Protocol.TCP, "25,443"));
		b.conduit("conduit-cctv-nvr", "Cameras stream to the NVR", cctv, cctv, 2, NetworkBuilder.service("RTSP", Protocol.TCP, "554"));
		b.conduit("conduit-desk-vms", "Security desk views the VMS", staff, cctv, 2, NetworkBuilder.service("VMS", Protocol.TCP, "443,554"));
		b.conduit("conduit-bms-monitoring", "BMS telemetry, one-way through diode-01", bms, servers, 3, NetworkBuilder.service("Syslog", Protocol.UDP, "514"))
				.setDescription("Through the data diode only; nothing may flow back into building management.");
		b.conduit("conduit-mgmt-core", "Core management", management, core, 3, NetworkBuilder.service("SSH and SNMP", Protocol.ANY, "22,161"));
		b.conduit("conduit-mgmt-servers", "Server management", management, servers, 3, NetworkBuilder.service("SSH and iDRAC", Protocol.TCP, "22,443"));
		b.conduit("conduit-mgmt-perimeter", "Edge router management", management, perimeter, 3, NetworkBuilder.service("SSH", Protocol.TCP, "22"));
		b.conduit("conduit-perimeter-internet", "Edge routing", perimeter, internet, 3);
		b.conduit("conduit-internet-perimeter", "Internet to the edge router", internet, perimeter, 3);

		b.waiver("waiver-1", entrance1, "RESTRICTED_ON_SENSITIVE_SITE",
				"Replacement with a non-restricted model is funded for FY2026/27; the camera is isolated in the CCTV VLAN behind fw-01.",
				"Departmental Security Unit risk acceptance DSU-RA-2026-014", "J. Smith, Departmental Security Officer",
				LocalDate.of(2027, 6, 30));
		b.waiver("waiver-2", entrance2, "RESTRICTED_ON_SENSITIVE_SITE",
				"Temporary retention until the entrance refit.", "Departmental Security Unit risk acceptance DSU-RA-2024-031",
				"J. Smith, Departmental Security Officer", LocalDate.of(2025, 12, 31));
		return b.network();
	}

	private void uplink(Device core, String corePort, Device access, String vlans) {
		b.link("link-" + access.getId() + "-uplink", b.trunkPort(core, corePort, vlans),
				b.trunkPort(access, "Te1/1/1", vlans), Medium.FIBER);
	}

	private Device server(String id, String name, String maker, String model, String mac, String address, Device sw,
			String port, Zone zone, Site site) {
		Device server = b.device(id, name, DeviceRole.SERVER, maker, model, site, zone);
		b.attach(server, mac, address, sw, port, 20);
		return server;
	}

	private Device camera(String id, String name, String maker, String model, String mac, String address, Device sw,
			String port, int vlan, Zone zone, Site site) {
		Device camera = b.device(id, name, DeviceRole.CAMERA, maker, model, site, zone);
		b.attach(camera, mac, address, sw, port, vlan);
		return camera;
	}
}
