package io.github.netreview.analysis.forwarding;

import static io.github.netreview.analysis.Fixture.finding;
import static io.github.netreview.analysis.Fixture.rulesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Fixture;
import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/** One case of forwarding semantics each: VLANs, trunks, routing, firewalls, diodes, one-way and disabled links. */
class ForwardingScenariosTest {

	private final Fixture f = new Fixture();
	private final Zone core = f.zone("core", ZoneKind.CORE);
	private final Zone cctv = f.zone("cctv", ZoneKind.SURVEILLANCE);
	private final Device sw = f.switchDevice("sw");
	private final Device server;
	private final Device camera;

	ForwardingScenariosTest() {
		f.segment(10, core);
		f.segment(40, cctv);
		server = f.endpoint("srv", DeviceRole.SERVER, "Dell Inc.", sw, 10);
		camera = f.camera("cam", "Hikvision", sw, 40);
	}

	private boolean pathToCore(AnalysisResult result, Device device) {
		return finding(result, Rule.RESTRICTED_PATH_TO_CORE, device).isPresent();
	}

	@Test
	void vlansAloneIsolate() {
		AnalysisResult result = f.analyze();
		assertEquals(List.of(Rule.RESTRICTED_DEVICE), rulesOf(result, camera));
	}

	@Test
	void aRouterInBothVlansOpensAPathCarryingEverything() {
		Device router = f.router("rtr");
		f.routedUplink(router, sw, 40);
		f.routedUplink(router, sw, 10);
		Finding path = finding(f.analyze(), Rule.RESTRICTED_PATH_TO_CORE, camera).orElseThrow();
		assertEquals("any service", path.services());
		assertEquals(router, path.path().stream().filter(h -> h == router).findFirst().orElseThrow());
		assertEquals("seg-10", ((Segment) path.path().get(path.path().size() - 1)).getId());
		assertPathIsReal(path.path());
	}

	@Test
	void anAccessListAppliedInboundFiltersOnlyWhatEntersByItsInterface() {
		Device router = f.router("rtr");
		Interface facingCamera = f.routedUplink(router, sw, 40).getEndA();
		Interface facingCore = f.routedUplink(router, sw, 10).getEndA();
		FirewallRule deny = f.b.rule(f.b.policy(router, "acl", "NETREVIEW-DENY", Action.ALLOW), "deny", "deny", Action.DENY, camera, core,
				null, null);
		deny.setIngress(facingCore);
		assertTrue(pathToCore(f.analyze(), camera), "the camera's traffic enters by the camera-facing interface, not the core-facing one");
		deny.setIngress(facingCamera);
		assertFalse(pathToCore(f.analyze(), camera), "applied where the camera's traffic enters, the rule stops it");
	}

	@Test
	void anAllowAppliedInboundLetsTrafficOnToTheDevicesOtherRules() {
		Device router = f.router("rtr");
		Interface facingCamera = f.routedUplink(router, sw, 40).getEndA();
		f.routedUplink(router, sw, 10);
		var acl = f.b.policy(router, "acl", "acl", Action.DENY);
		f.b.rule(acl, "allow-in", "allow in", Action.ALLOW, camera, null, null, null).setIngress(facingCamera);
		assertFalse(pathToCore(f.analyze(), camera), "allowed in, the traffic still meets the default deny");
		f.b.rule(acl, "allow", "allow", Action.ALLOW, camera, core, Protocol.TCP, "443");
		assertEquals("TCP 443", finding(f.analyze(), Rule.RESTRICTED_PATH_TO_CORE, camera).orElseThrow().services());
	}

	@Test
	void trunksCarryOnlyTheirAllowedVlans() {
		Device edge = f.switchDevice("edge");
		Device lobby = f.camera("lobby", "Dahua", edge, 40);
		Link trunk = f.trunk(sw, edge, "10");
		Device router = f.router("rtr");
		f.routedUplink(router, sw, 40);
		f.routedUplink(router, sw, 10);
		assertFalse(pathToCore(f.analyze(), lobby), "VLAN 40 is pruned from the trunk");
		trunk.getEndA().setAllowedVlans("10,40");
		trunk.getEndB().setAllowedVlans("10,40");
		assertTrue(pathToCore(f.analyze(), lobby));
	}

	@Test
	void routerOnAStickRoutesBetweenItsSubinterfaces() {
		Device router = f.router("rtr");
		Interface stick = f.b.trunkPort(router, "Gi0/0", "10,40");
		f.b.link("stick", stick, f.b.trunkPort(sw, "Gi1/0/48", "10,40"), Medium.COPPER);
		assertTrue(pathToCore(f.analyze(), camera));
	}

	@Test
	void aLayerThreeSwitchRoutesThroughItsSvis() {
		f.b.routedPort(sw, "Vlan10", 10, "10.0.10.1/24");
		Interface svi40 = f.b.routedPort(sw, "Vlan40", 40, "10.0.40.1/24");
		assertFalse(pathToCore(f.analyze(), camera), "a switch with SVIs routes only when routing is on");
		sw.setRouting(true);
		assertTrue(pathToCore(f.analyze(), camera));
		svi40.setEnabled(false);
		assertFalse(pathToCore(f.analyze(), camera), "a disabled interface carries nothing");
	}

	@Test
	void firewallRulesDecidePerServiceFirstMatchWins() {
		Device firewall = f.firewall("fw", Action.DENY);
		f.routedUplink(firewall, sw, 40);
		f.routedUplink(firewall, sw, 10);
		assertFalse(pathToCore(f.analyze(), camera), "default deny");
		f.b.rule(firewall.getPolicy(), "r1", "RTSP to the recorders", Action.ALLOW, cctv, core, Protocol.TCP, "554");
		Finding allowed = finding(f.analyze(), Rule.RESTRICTED_PATH_TO_CORE, camera).orElseThrow();
		assertEquals("TCP 554", allowed.services());
		Device other = f.camera("other", "Dahua", sw, 40);
		firewall.getPolicy().getRules().add(0, rule(f, "r0", Action.DENY, camera));
		AnalysisResult result = f.analyze();
		assertFalse(pathToCore(result, camera), "a deny naming the device comes first");
		assertEquals("TCP 554", finding(result, Rule.RESTRICTED_PATH_TO_CORE, other).orElseThrow().services());
	}

	private static FirewallRule rule(Fixture f, String id, Action action, Device source) {
		FirewallRule rule = TopologyFactory.eINSTANCE.createFirewallRule();
		rule.setId(id);
		rule.setAction(action);
		rule.setSource(source);
		return rule;
	}

	@Test
	void dataDiodesForwardOnlyFromTheirIngress() {
		Device diode = f.b.device("dev-diode", "diode", DeviceRole.DATA_DIODE, "Owl", "OPDS", f.site, null);
		Interface in = f.b.nic(diode, "in", null, null);
		Interface out = f.b.nic(diode, "out", null, null);
		f.b.link("to-diode", f.b.accessPort(sw, "d1", 40), in, Medium.FIBER);
		f.b.link("from-diode", out, f.b.accessPort(sw, "d2", 10), Medium.FIBER);
		diode.setIngress(in);
		assertTrue(pathToCore(f.analyze(), camera), "CCTV to core is the diode's direction");
		diode.setIngress(out);
		assertFalse(pathToCore(f.analyze(), camera), "turned round, the diode only lets the core out");
	}

	@Test
	void oneWayLinksCarryFramesOnlyInTheirDirection() {
		Device uplink = f.switchDevice("core-sw");
		f.endpoint("db", DeviceRole.SERVER, "Dell Inc.", uplink, 10);
		Device bridge = f.b.device("dev-media", "media", DeviceRole.SWITCH, "Moxa", "EDS", f.site, null);
		Link toCore = f.b.link("one-way", f.b.accessPort(sw, "x1", 40), f.b.accessPort(bridge, "x2", 10), Medium.FIBER);
		f.b.link("media-core", f.b.accessPort(bridge, "x3", 10), f.b.accessPort(uplink, "x4", 10), Medium.FIBER);
		toCore.setDirection(LinkDirection.FROM_A);
		assertTrue(pathToCore(f.analyze(), camera), "frames from the CCTV side reach the core side");
		toCore.setDirection(LinkDirection.FROM_B);
		assertFalse(pathToCore(f.analyze(), camera), "nothing goes the other way");
		toCore.setDirection(LinkDirection.BOTH);
		assertTrue(rulesOf(f.analyze(), camera).contains(Rule.RESTRICTED_DEVICE_IN_CORE), "both ways, the two VLANs become one domain");
	}

	@Test
	void aDisabledLinkCarriesNothing() {
		Device router = f.router("rtr");
		Link uplink = f.routedUplink(router, sw, 40);
		f.routedUplink(router, sw, 10);
		uplink.setEnabled(false);
		assertFalse(pathToCore(f.analyze(), camera));
	}

	@Test
	void aNativeVlanMismatchLeaksOneVlanIntoAnother() {
		Device edge = f.switchDevice("edge");
		Device leaked = f.camera("leaked", "Dahua", edge, 40);
		Interface trunkEnd = f.b.trunkPort(edge, "up", "40");
		trunkEnd.setNativeVlan(40);
		f.b.link("leak", trunkEnd, f.b.accessPort(sw, "down", 10), Medium.COPPER);
		assertTrue(rulesOf(f.analyze(), leaked).contains(Rule.RESTRICTED_DEVICE_IN_CORE),
				"untagged VLAN 40 frames land in the access port's VLAN 10");
	}

	@Test
	void anEndpointInBothSegmentsIsABridgeRiskButDoesNotForward() {
		Device nvr = f.endpoint("nvr", DeviceRole.NVR, "Milestone Systems A/S", sw, 40);
		f.b.attach(nvr, "00:06:5B:00:00:99", "10.0.10.99/24", sw, "nvr2", 10);
		nvr.getInterfaces().get(1).setName("eth1");
		AnalysisResult result = f.analyze();
		assertFalse(pathToCore(result, camera), "endpoints do not forward");
		Finding bridge = finding(result, Rule.DUAL_HOMED_BRIDGE, nvr).orElseThrow();
		assertTrue(bridge.message().contains("segment 'VLAN 40' (seg-40) of zone 'cctv', where restricted devices are,")
				&& bridge.message().contains("segment 'VLAN 10' (seg-10) of core zone 'core'"), bridge.message());
	}

	@Test
	void aPlannedCableMakesNoBridge() {
		Device files = f.endpoint("files", DeviceRole.SERVER, "Dell Inc.", sw, 10);
		Link planned = f.b.attach(files, "00:06:5B:00:00:98", "10.0.40.98/24", sw, "files2", 40);
		planned.setEnabled(false);
		assertFalse(finding(f.analyze(), Rule.DUAL_HOMED_BRIDGE, files).isPresent(), "a planned (disabled) cable carries nothing");
		planned.setEnabled(true);
		assertTrue(finding(f.analyze(), Rule.DUAL_HOMED_BRIDGE, files).isPresent(), "once connected it does");
		planned.getEndA().setEnabled(false);
		assertFalse(finding(f.analyze(), Rule.DUAL_HOMED_BRIDGE, files).isPresent(), "a disabled card carries nothing");
	}

	@Test
	void anEndpointInTwoZonesNeitherOfThemCoreIsABridgeRiskToo() {
		Zone servers = f.zone("servers", ZoneKind.SERVER);
		f.segment(20, servers);
		Device vms = f.endpoint("vms", DeviceRole.SERVER, "Dell Inc.", sw, 40);
		f.b.attach(vms, "00:06:5B:00:00:97", "10.0.20.97/24", sw, "vms2", 20);
		Finding bridge = finding(f.analyze(), Rule.DUAL_HOMED_BRIDGE, vms).orElseThrow();
		assertTrue(bridge.message().contains("zone 'servers'") && bridge.message().contains("zone 'cctv'"), bridge.message());
	}

	@Test
	void aRestrictedRecorderBridgingCctvAndServersIsAnErrorWithThePathOfItsCoreLeg() {
		Zone servers = f.zone("servers", ZoneKind.SERVER);
		f.segment(20, servers);
		Device nvr = f.endpoint("nvr", DeviceRole.NVR, "Hikvision", sw, 40);
		f.b.attach(nvr, "4C:BD:8F:00:00:96", "10.0.20.96/24", sw, "nvr2", 20);
		AnalysisResult result = f.analyze();
		Finding joins = finding(result, Rule.RESTRICTED_DUAL_HOMED, nvr).orElseThrow();
		assertEquals(Severity.ERROR, joins.severity());
		assertTrue(joins.message().contains("zone 'servers'") && joins.message().contains("zone 'cctv'"), joins.message());
		assertTrue(joins.path().isEmpty(), "neither leg reaches the core");
		assertFalse(finding(result, Rule.DUAL_HOMED_BRIDGE, nvr).isPresent(), "one finding, at the restricted device's severity");
		Device router = f.router("rtr");
		f.routedUplink(router, sw, 20);
		f.routedUplink(router, sw, 10);
		Finding withPath = finding(f.analyze(), Rule.RESTRICTED_DUAL_HOMED, nvr).orElseThrow();
		assertTrue(withPath.message().contains("a leg reaches core zone 'core' at interface"), withPath.message());
		assertFalse(withPath.path().isEmpty());
		assertPathIsReal(withPath.path());
	}

	@Test
	void aRestrictedDeviceInACoreSegmentIsToldWhichPortAndTrunksPutItThere() {
		Device access = f.switchDevice("acc");
		f.trunk(access, sw, "10,40");
		Device misplaced = f.camera("misplaced", "Hikvision", access, 10);
		Finding inCore = finding(f.analyze(), Rule.RESTRICTED_DEVICE_IN_CORE, misplaced).orElseThrow();
		assertTrue(inCore.cause().stream().anyMatch(c -> c.startsWith("access port p") && c.endsWith(" of acc is in VLAN 10")), inCore.cause().toString());
		assertTrue(inCore.cause().stream().anyMatch(c -> c.startsWith("trunk t") && c.contains(" of acc allows VLAN 10 (allowed: 10,40)")),
				inCore.cause().toString());
		assertTrue(inCore.cause().stream().anyMatch(c -> c.contains(" of sw allows VLAN 10")), inCore.cause().toString());
		assertTrue(inCore.message().contains("because access port"), inCore.message());
		assertEquals(misplaced, inCore.path().get(0));
		assertTrue(inCore.path().contains(sw), "the chain reaches the core switch");
		assertPathIsReal(inCore.path());
	}

	@Test
	void aPathToTheCoreEndsAtTheFirstCoreInterfaceItReaches() {
		Device router = f.router("rtr");
		f.routedUplink(router, sw, 40);
		Link coreLeg = f.routedUplink(router, sw, 10);
		Finding path = finding(f.analyze(), Rule.RESTRICTED_PATH_TO_CORE, camera).orElseThrow();
		Interface entry = coreLeg.getEndA();
		assertTrue(path.message().contains("at interface '" + entry.getName() + "' of rtr in segment 'VLAN 10'"), path.message());
		assertTrue(path.path().contains(entry));
	}

	@Test
	void aRestrictedDeviceInACoreSegmentOrZoneIsInTheCore() {
		Device inside = f.camera("inside", "Dahua", sw, 10);
		assertTrue(rulesOf(f.analyze(), inside).contains(Rule.RESTRICTED_DEVICE_IN_CORE));
		camera.setZone(core);
		assertTrue(finding(f.analyze(), Rule.RESTRICTED_DEVICE_IN_CORE, camera).orElseThrow().message().contains("core zone 'core'"));
	}

	@Test
	void cabledToCoreEquipmentWithoutAPathIsAWarning() {
		sw.setZone(core);
		Finding cabled = finding(f.analyze(), Rule.RESTRICTED_CABLED_TO_CORE_INFRA, camera).orElseThrow();
		assertEquals(sw, cabled.elements().get(1));
		Device router = f.router("rtr");
		f.routedUplink(router, sw, 40);
		f.routedUplink(router, sw, 10);
		assertFalse(finding(f.analyze(), Rule.RESTRICTED_CABLED_TO_CORE_INFRA, camera).isPresent(), "the path finding says more");
	}

	@Test
	void surveillanceEquipmentOnASensitiveSite() {
		f.site.setSensitive(true);
		Device huaweiSwitch = f.b.device("dev-hw", "hw", DeviceRole.SWITCH, "Huawei", "S5735", f.site, null);
		AnalysisResult result = f.analyze();
		Finding sensitive = finding(result, Rule.RESTRICTED_ON_SENSITIVE_SITE, camera).orElseThrow();
		assertTrue(sensitive.legalBasis().stream().anyMatch(b -> b.basis().startsWith("UK") && b.dateListed().toString().equals("2022-11-24")));
		assertFalse(finding(result, Rule.RESTRICTED_ON_SENSITIVE_SITE, huaweiSwitch).isPresent(), "only visual surveillance equipment");
		assertTrue(finding(result, Rule.RESTRICTED_DEVICE, huaweiSwitch).isPresent());
	}

	@Test
	void waiversMarkFindingsAndExpireIntoFindingsOfTheirOwn() {
		f.site.setSensitive(true);
		Device other = f.camera("other", "Dahua", sw, 40);
		f.b.waiver("w1", camera, "RESTRICTED_ON_SENSITIVE_SITE", "replacement funded", "RA-1", "DSO", Fixture.TODAY.plusDays(1));
		f.b.waiver("w2", other, null, "legacy", "RA-2", "DSO", Fixture.TODAY.minusDays(1));
		AnalysisResult result = f.analyze();
		Finding waived = finding(result, Rule.RESTRICTED_ON_SENSITIVE_SITE, camera).orElseThrow();
		assertTrue(waived.waived());
		assertEquals("w1", waived.waiver().getId());
		assertFalse(finding(result, Rule.RESTRICTED_ON_SENSITIVE_SITE, other).orElseThrow().waived(), "an expired waiver covers nothing");
		Finding expired = result.findings().stream().filter(x -> x.rule() == Rule.WAIVER_EXPIRED).findFirst().orElseThrow();
		assertTrue(expired.message().contains("expired on " + Fixture.TODAY.minusDays(1)), expired.message());
		assertTrue(result.unwaivedAtLeast(Severity.ERROR).stream().noneMatch(x -> x == waived));
	}

	@Test
	void aWaiverExpiringTodayStillCoversItsFindings() {
		f.site.setSensitive(true);
		f.b.waiver("w-today", camera, "RESTRICTED_ON_SENSITIVE_SITE", "replacement on site today", "RA-3", "DSO", Fixture.TODAY);
		AnalysisResult result = f.analyze();
		assertTrue(finding(result, Rule.RESTRICTED_ON_SENSITIVE_SITE, camera).orElseThrow().waived(), "valid through its expiry date");
		assertTrue(result.findings().stream().noneMatch(x -> x.rule() == Rule.WAIVER_EXPIRED));
	}

	@Test
	void cameraOfUnknownMake() {
		Device unknown = f.camera("mystery", null, sw, 40);
		unknown.setManufacturer(null);
		Finding finding = finding(f.analyze(), Rule.UNCLASSIFIED_CAMERA, unknown).orElseThrow();
		assertTrue(finding.message().contains("02:00:00"), finding.message());
	}

	/** Every interface-link-interface triple is a real cable, and every interface belongs to the device beside it. */
	static void assertPathIsReal(List<EObject> path) {
		assertTrue(path.get(0) instanceof Device);
		for (int i = 0; i < path.size(); i++) {
			if (path.get(i) instanceof Link link) {
				Interface before = (Interface) path.get(i - 1);
				Interface after = (Interface) path.get(i + 1);
				assertTrue((link.getEndA() == before && link.getEndB() == after) || (link.getEndB() == before && link.getEndA() == after),
						"link " + link.getId() + " joins its neighbours in the path");
				assertTrue(link.isEnabled());
			}
			if (path.get(i) instanceof Interface port) {
				assertTrue(port.isEnabled());
				Device owner = port.getDevice();
				boolean besideOwner = (i > 0 && path.get(i - 1) == owner) || (i + 1 < path.size() && path.get(i + 1) == owner)
						|| (i > 0 && path.get(i - 1) instanceof Interface previous && previous.getDevice() == owner);
				assertTrue(besideOwner, "interface " + port.getId() + " sits next to its device");
			}
		}
		assertTrue(path.get(path.size() - 1) instanceof Segment);
	}
}
