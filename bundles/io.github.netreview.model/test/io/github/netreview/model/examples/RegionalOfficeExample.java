package io.github.netreview.model.examples;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * examples/regional-office.netreview: a small office without a firewall. Its router routes the staff and CCTV VLANs
 * into the departmental WAN (the core), so its Dahua cameras and Hikvision recorder reach the core.
 */
final class RegionalOfficeExample {

	private final NetworkBuilder b = new NetworkBuilder("net-leeds", "Department for Example Affairs - Leeds office");

	static Network build() {
		return new RegionalOfficeExample().network();
	}

	private Network network() {
		Site leeds = b.site("site-leeds", "Leeds office", "3 Park Row, Leeds LS1 5XX", false);
		Zone wan = b.zone("zone-wan", "Departmental WAN", ZoneKind.CORE, null, 3);
		Zone staff = b.zone("zone-leeds-staff", "Staff LAN", ZoneKind.USER, leeds, 2);
		Zone cctv = b.zone("zone-leeds-cctv", "CCTV", ZoneKind.SURVEILLANCE, leeds, 2);
		b.segment("seg-wan", "WAN transit", wan, null, 100, "10.200.0.0/30");
		b.segment("seg-leeds-staff", "Staff", staff, leeds, 30, "10.20.30.0/24");
		Segment cctvVlan = b.segment("seg-leeds-cctv", "CCTV", cctv, leeds, 40, "10.20.40.0/24");

		Device router = b.device("dev-rtr-leeds-01", "rtr-leeds-01", DeviceRole.ROUTER, "Cisco Systems, Inc", "ISR1111-8P", leeds, wan);
		Device sw = b.device("dev-sw-leeds-01", "sw-leeds-01", DeviceRole.SWITCH, "Cisco Systems, Inc", "CBS350-24P-4G", leeds, staff);
		Interface wanPort = b.routedPort(router, "Gi0/0/0", 100, "10.200.0.2/30");
		wanPort.setDescription("IPsec tunnel to headquarters over the internet.");
		Interface lanTrunk = b.trunkPort(router, "Gi0/1/0", "30,40");
		lanTrunk.getAddresses().add("10.20.30.1/24");
		lanTrunk.getAddresses().add("10.20.40.1/24");
		b.link("link-leeds-uplink", lanTrunk, b.trunkPort(sw, "Gi1/0/24", "30,40"), Medium.COPPER);
		Device hub = b.device("dev-wan-hub", "wan-hub", DeviceRole.ROUTER, "Cisco Systems, Inc", "ASR1001-X", null, wan);
		hub.setDescription("Headquarters VPN hub (drawn for context).");
		b.link("link-leeds-vpn", wanPort, b.routedPort(hub, "Tunnel20", 100, "10.200.0.1/30"), Medium.VPN);

		for (int i = 1; i <= 4; i++) {
			Device workstation = b.device("dev-leeds-ws-0" + i, "leeds-ws-0" + i, DeviceRole.WORKSTATION, "Dell Inc.", "Latitude 5440", leeds, staff);
			b.attach(workstation, "00:06:5B:21:30:0" + i, "10.20.30." + (100 + i) + "/24", sw, "Gi1/0/" + i, 30);
		}
		Device printer = b.device("dev-leeds-prn-01", "leeds-prn-01", DeviceRole.IOT, "HP Inc.", "LaserJet Pro 4002dn", leeds, staff);
		b.attach(printer, "00:01:E6:21:30:20", "10.20.30.20/24", sw, "Gi1/0/10", 30);
		Device ap = b.device("dev-leeds-ap-01", "leeds-ap-01", DeviceRole.ACCESS_POINT, "Huawei Technologies Co., Ltd.", "AirEngine 5761-11", leeds, staff);
		b.attach(ap, "00:E0:FC:21:30:30", "10.20.30.30/24", sw, "Gi1/0/11", 30);

		Device recorder = b.device("dev-leeds-nvr-01", "leeds-nvr-01", DeviceRole.NVR, "Hangzhou Hikvision Digital Technology Co., Ltd.", "DS-7608NXI-K2", leeds, cctv);
		b.attach(recorder, "4C:BD:8F:21:40:10", "10.20.40.10/24", sw, "Gi1/0/16", 40);
		for (int i = 1; i <= 2; i++) {
			Device camera = b.device("dev-leeds-cam-0" + i, "leeds-cam-0" + i, DeviceRole.CAMERA, "Zhejiang Dahua Technology Co., Ltd.", "IPC-HDW2441T-S", leeds, cctv);
			b.attach(camera, "3C:EF:8C:21:40:0" + i, "10.20.40." + (100 + i) + "/24", sw, "Gi1/0/1" + (6 + i), 40);
		}
		b.requiredFlow("flow-leeds-cctv-nvr", "Cameras stream to the recorder", cctvVlan, recorder,
				NetworkBuilder.service("RTSP", Protocol.TCP, "554"), "Recording of the office CCTV.");
		return b.network();
	}
}
