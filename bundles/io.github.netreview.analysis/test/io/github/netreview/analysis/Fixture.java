package io.github.netreview.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** Builds small networks for analysis tests: one site, switches, routers, firewalls and endpoints cabled to switch ports. */
public final class Fixture {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	public final NetworkBuilder b = new NetworkBuilder("net", "Test network");
	public final Site site = b.site("site", "Site", "1 Road", false);
	private int counter;

	public Zone zone(String name, ZoneKind kind) {
		return b.zone("zone-" + name, name, kind, site, null);
	}

	public Segment segment(int vlan, Zone zone) {
		return b.segment("seg-" + vlan, "VLAN " + vlan, zone, site, vlan, "10.0." + vlan + ".0/24");
	}

	public Device switchDevice(String name) {
		return b.device("dev-" + name, name, DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200", site, null);
	}

	public Device router(String name) {
		return b.device("dev-" + name, name, DeviceRole.ROUTER, "Cisco Systems, Inc", "ISR", site, null);
	}

	public Device firewall(String name, Action defaultAction) {
		Device firewall = b.device("dev-" + name, name, DeviceRole.FIREWALL, "Fortinet, Inc.", "FortiGate", site, null);
		b.policy(firewall, "policy-" + name, name, defaultAction);
		return firewall;
	}

	public FirewallPolicy policy(Device firewall) {
		return firewall.getPolicy();
	}

	/** An endpoint cabled to an access port of {@code sw} in {@code vlan}. */
	public Device endpoint(String name, DeviceRole role, String maker, Device sw, int vlan) {
		Device device = b.device("dev-" + name, name, role, maker, "model", site, null);
		b.attach(device, mac(maker), "10.0." + vlan + "." + (10 + counter) + "/24", sw, "p" + (++counter), vlan);
		return device;
	}

	public Device camera(String name, String maker, Device sw, int vlan) {
		return endpoint(name, DeviceRole.CAMERA, maker, sw, vlan);
	}

	/** A routed port of {@code router} in {@code vlan}, cabled to an access port of {@code sw} in that VLAN. */
	public Link routedUplink(Device router, Device sw, int vlan) {
		Interface routed = b.routedPort(router, "r" + (++counter), vlan, "10.0." + vlan + ".1/24");
		return b.link("link-" + counter, routed, b.accessPort(sw, "p" + counter, vlan), Medium.COPPER);
	}

	/** A trunk between two switches carrying {@code vlans} (null for all). */
	public Link trunk(Device a, Device z, String vlans) {
		counter++;
		return b.link("link-" + counter, b.trunkPort(a, "t" + counter, vlans), b.trunkPort(z, "t" + counter, vlans), Medium.FIBER);
	}

	private String mac(String maker) {
		String prefix = maker == null ? "02:00:00" : switch (maker) {
		case "Hikvision" -> "4C:BD:8F";
		case "Dahua" -> "3C:EF:8C";
		default -> "00:40:8C";
		};
		return String.format("%s:00:00:%02X", prefix, counter + 1);
	}

	public Network network() {
		return b.network();
	}

	public AnalysisResult analyze() {
		return new Analyzer(TODAY, IeeeRegistry.system()).analyze(b.network());
	}

	public static Optional<Finding> finding(AnalysisResult result, Rule rule, Device device) {
		return result.findings().stream().filter(f -> f.rule() == rule && f.subject() == device).findFirst();
	}

	public static List<Rule> rulesOf(AnalysisResult result, Device device) {
		return result.findings().stream().filter(f -> f.subject() == device).map(Finding::rule).toList();
	}
}
