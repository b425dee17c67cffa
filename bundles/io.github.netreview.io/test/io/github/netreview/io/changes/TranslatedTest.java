package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

/**
 * Each kind of edit as IOS configuration and as its rollback, on a small campus: a layer-3 core switch with SVIs, an
 * access switch on a trunk, a camera in the staff VLAN and a router with an access list.
 */
class TranslatedTest {

	private final NetworkBuilder builder = new NetworkBuilder("net", "Campus");
	private final Site site = builder.site("site", "Site", null, false);
	private final Zone core = builder.zone("zone-core", "Core", ZoneKind.CORE, site, null);
	private final Zone staff = builder.zone("zone-staff", "Staff", ZoneKind.USER, site, null);
	private final Zone cctv = builder.zone("zone-cctv", "CCTV", ZoneKind.SURVEILLANCE, site, null);
	private final Segment coreLan = builder.segment("seg-core", "Core", core, site, 10, "10.0.10.0/24");
	private final Segment staffLan = builder.segment("seg-staff", "Staff", staff, site, 30, "10.0.30.0/24");
	private final Segment cctvLan = builder.segment("seg-cctv", "CCTV", cctv, site, 40, "10.0.40.0/24");
	private final Device coreSwitch = builder.device("core", "core-sw", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9500", site, core);
	private final Device accessSwitch = builder.device("acc", "acc-sw", DeviceRole.SWITCH, "Cisco Systems, Inc", "C9200", site, staff);
	private final Device camera = builder.device("cam", "cam-1", DeviceRole.CAMERA, "Hikvision", "DS-2CD", site, cctv);
	private final Device router = builder.device("rtr", "rtr-1", DeviceRole.ROUTER, "Cisco Systems, Inc", "ISR", site, core);

	TranslatedTest() {
		coreSwitch.setRouting(true);
		builder.routedPort(coreSwitch, "Vlan10", 10, "10.0.10.1/24");
		builder.routedPort(coreSwitch, "Vlan30", 30, "10.0.30.1/24");
		Interface coreTrunk = builder.trunkPort(coreSwitch, "Te1/0/1", "10,30");
		Interface accessTrunk = builder.trunkPort(accessSwitch, "Te1/1/1", "10,30");
		builder.link("uplink", coreTrunk, accessTrunk, Medium.FIBER);
		builder.attach(camera, "4C:BD:8F:00:00:01", "10.0.30.50/24", accessSwitch, "Gi1/0/5", 30);
		builder.routedPort(router, "Gi0/0/1", 30, "10.0.30.254/24");
		FirewallPolicy policy = builder.policy(router, "rtr-acl", "edge filter", Action.ALLOW);
		builder.rule(policy, "rule-web", "Staff to core web", Action.ALLOW, staffLan, core, Protocol.TCP, "443");
		builder.rule(policy, "rule-block", "Block telnet", Action.DENY, null, null, Protocol.TCP, "23");
	}

	private Translated translate(ModelEdit... edits) {
		return Translated.of(builder.network(), "p1", List.of(edits));
	}

	private static List<String> lines(List<DeviceConfig> configs, String device) {
		return configs.stream().filter(config -> device.equals(config.id())).flatMap(config -> config.lines().stream()).map(ConfigLine::text)
				.toList();
	}

	private static void assertLines(List<String> expected, List<String> actual) {
		assertEquals(String.join("\n", expected), String.join("\n", actual));
	}

	@Test
	void retagsAnAccessPortAndSaysWhatTheEngineerMustCheck() {
		Translated translated = translate(new SetValue("acc.Gi1-0-5", "accessVlan", "30", "40"));
		assertLines(List.of("! VLAN 40 is on no trunk of acc-sw (Te1/1/1: 10,30): its ports in VLAN 40 reach only this switch", "configure terminal",
				"interface Gi1/0/5", " switchport access vlan 40",
				" ! cam-1 eth0 keeps 10.0.30.50/24, outside segment 'CCTV' (seg-cctv) (10.0.40.0/24): give it an address there", "exit", "end"),
				lines(translated.configuration(), "acc"));
		assertLines(List.of("configure terminal", "interface Gi1/0/5", " switchport access vlan 30", "exit", "end"),
				lines(translated.rollback(), "acc"));
	}

	@Test
	void addsAndRemovesTrunkVlansAndSetsTheNativeVlan() {
		Translated translated = translate(new SetValue("acc.Te1-1-1", "allowedVlans", "10,30", "10,30,40"),
				new SetValue("acc.Te1-1-1", "nativeVlan", null, "99"));
		assertLines(List.of("configure terminal", "interface Te1/1/1", " switchport trunk allowed vlan add 40", " switchport trunk native vlan 99",
				"exit", "end"), lines(translated.configuration(), "acc"));
		assertLines(List.of("configure terminal", "interface Te1/1/1", " no switchport trunk native vlan", " switchport trunk allowed vlan remove 40",
				"exit", "end"), lines(translated.rollback(), "acc"));
	}

	@Test
	void disablingALinkShutsBothEnds() {
		Translated translated = translate(new SetValue("uplink", "enabled", "true", "false"));
		assertLines(List.of("configure terminal", "interface Te1/0/1", " ! link (uplink) to acc-sw Te1/1/1 disabled", " shutdown", "exit", "end"),
				lines(translated.configuration(), "core"));
		assertLines(List.of("configure terminal", "interface Te1/1/1", " ! link (uplink) to core-sw Te1/0/1 disabled", " shutdown", "exit", "end"),
				lines(translated.configuration(), "acc"));
		assertTrue(lines(translated.rollback(), "core").contains(" no shutdown"));
		assertTrue(lines(translated.rollback(), "acc").contains(" no shutdown"));
	}

	@Test
	void anEndpointsEndOfADisabledLinkGetsANote() {
		Translated translated = translate(new SetValue("link-cam", "enabled", "true", "false"));
		assertTrue(lines(translated.configuration(), "acc").contains(" shutdown"));
		assertLines(List.of("! interface eth0: link (link-cam) to acc-sw Gi1/0/5 disabled: shut at the far end, nothing to enter here"),
				lines(translated.configuration(), "cam"));
	}

	@Test
	void aNewPolicyIsAnAccessListAppliedOnTheInterfaceFacingItsSource() {
		Translated translated = translate(policy("core-acl", "core", "ALLOW"), deny("rule-1", "core-acl", 0, "cam", "zone-core"));
		assertLines(List.of(
				"! access list NETREVIEW-p1 (firewall policy 'core-sw access list' (core-acl)) is new: its entries deny what the rules deny,"
						+ " then allow everything else",
				"configure terminal", "ip access-list extended NETREVIEW-p1", " remark Deny cam-1 to Core",
				" deny ip host 10.0.30.50 10.0.10.0 0.0.0.255", " permit ip any any", "exit", "interface Vlan30", " ip access-group NETREVIEW-p1 in",
				"exit", "end"), lines(translated.configuration(), "core"));
		assertLines(List.of("! firewall rule 'Deny cam-1 to Core' (rule-1) goes with access list NETREVIEW-p1", "configure terminal",
				"interface Vlan30", " no ip access-group NETREVIEW-p1 in", "exit", "no ip access-list extended NETREVIEW-p1", "end"),
				lines(translated.rollback(), "core"));
	}

	@Test
	void commandsForADeviceOfAnotherMakeSaySo() {
		coreSwitch.setManufacturer("Fortinet, Inc.");
		Translated translated = translate(new SetValue("core.Vlan30", "enabled", "true", "false"));
		assertLines(List.of("! made by Fortinet, Inc.: these are Cisco IOS commands; enter their equivalent", "configure terminal", "interface Vlan30",
				" shutdown", "exit", "end"), lines(translated.configuration(), "core"));
	}

	@Test
	void aDenyByDefaultPolicyEndsWithTheImplicitDeny() {
		Translated translated = translate(policy("core-acl", "core", "DENY"));
		assertTrue(lines(translated.configuration(), "core").contains(" ! default deny: the list's implicit deny ends it"));
		assertFalse(lines(translated.configuration(), "core").contains(" permit ip any any"));
	}

	@Test
	void aRuleInAnExistingListIsNumberedIntoItsGap() {
		Translated translated = translate(deny("rule-new", "rtr-acl", 1, "cam", "zone-core"));
		assertLines(List.of("configure terminal",
				"! the numbers assume the list holds the model's rules as these entries do: check with show access-lists before entering them",
				"ip access-list resequence edge-filter 100 100", "ip access-list extended edge-filter", " 201 remark Deny cam-1 to Core",
				" 202 deny ip host 10.0.30.50 10.0.10.0 0.0.0.255", "exit", "end"), lines(translated.configuration(), "rtr"));
		assertLines(List.of("configure terminal", "ip access-list extended edge-filter", " no remark Deny cam-1 to Core",
				" no deny ip host 10.0.30.50 10.0.10.0 0.0.0.255", "exit", "end"), lines(translated.rollback(), "rtr"));
	}

	@Test
	void aRemovedRuleTakesItsEntriesOutAndTheRollbackPutsThemBack() {
		Translated translated = translate(new DeleteElement("rule-block"));
		assertLines(List.of("configure terminal", "ip access-list extended edge-filter", " no remark Block telnet", " no deny tcp any any eq 23",
				"exit", "end"), lines(translated.configuration(), "rtr"));
		assertTrue(lines(translated.rollback(), "rtr").containsAll(List.of(" 201 remark Block telnet", " 202 deny tcp any any eq 23")),
				lines(translated.rollback(), "rtr").toString());
	}

	@Test
	void changesAnInterfaceAddressWithItsMask() {
		Translated translated = translate(new SetValue("core.Vlan30", "addresses", "10.0.30.1/24", "10.0.30.254/24"));
		assertTrue(lines(translated.configuration(), "core").contains(" ip address 10.0.30.254 255.255.255.0"));
		assertTrue(lines(translated.rollback(), "core").contains(" ip address 10.0.30.1 255.255.255.0"));
	}

	@Test
	void aNewSegmentIsAVlanOnEverySwitchOfItsSite() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "CCTV isolated (Site)");
		values.put("vlanId", "900");
		values.put("zone", "zone-cctv");
		values.put("site", "site");
		Translated translated = translate(new CreateElement("Segment", "seg-900", "net", "segments", -1, values));
		for (String device : List.of("core", "acc")) {
			assertLines(List.of("configure terminal", "vlan 900", " name CCTV-isolated-Site", "exit", "end"), lines(translated.configuration(), device));
			assertLines(List.of("configure terminal", "no vlan 900", "end"), lines(translated.rollback(), device));
		}
		assertTrue(lines(translated.configuration(), "rtr").isEmpty(), "a router keeps no VLAN database");
	}

	@Test
	void aNewDeviceIsAnInstallationNote() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "fw-new");
		values.put("role", "FIREWALL");
		values.put("site", "site");
		Translated translated = translate(new CreateElement("Device", "fw", "net", "devices", -1, values));
		assertLines(List.of("! NEW DEVICE: install a firewall (make and model to be chosen) at site Site; cable it as below"),
				lines(translated.configuration(), "fw"));
		assertLines(List.of("! REMOVE this firewall"), lines(translated.rollback(), "fw"));
	}

	@Test
	void aNewMakeIsAReplacementNote() {
		Translated translated = translate(new SetValue("cam", "manufacturer", "Hikvision", "Axis Communications AB"),
				new SetValue("cam.eth0", "mac", "4C:BD:8F:00:00:01", null));
		assertLines(List.of("! REPLACE this camera: manufacturer Hikvision -> Axis Communications AB",
				"! the new unit takes the old one's place: eth0 (cabled to acc-sw Gi1/0/5, address 10.0.30.50/24)",
				"! interface eth0: MAC 4C:BD:8F:00:00:01 -> (none) comes with the hardware: update port security, DHCP reservations and NAC entries"
						+ " that name it"),
				lines(translated.configuration(), "cam"));
		assertTrue(lines(translated.rollback(), "cam").contains("! REPLACE this camera: manufacturer Axis Communications AB -> Hikvision"));
	}

	@Test
	void whatIosCannotExpressIsAComment() {
		Translated translated = translate(new SetValue("cam", "serialNumber", null, "SN-1"), new SetValue("cam", "zone", "zone-cctv", "zone-staff"),
				new SetValue("acc", "name", "acc-sw", "acc sw 2"));
		assertLines(List.of("! serialNumber (none) -> SN-1 (in the model only: nothing to enter)",
				"! zone 'CCTV' (zone-cctv) -> 'Staff' (zone-staff) (in the model only: nothing to enter)"), lines(translated.configuration(), "cam"));
		assertLines(List.of("configure terminal", "hostname acc-sw-2", "end"), lines(translated.configuration(), "acc"));
	}

	@Test
	void anInterfaceNameIosCannotTakeIsCommentedOut() {
		accessSwitch.getInterfaces().get(1).setName("Gi1/0/5\nreload");
		Translated translated = translate(new SetValue("acc.Gi1-0-5", "accessVlan", "30", "10"));
		List<String> lines = lines(translated.configuration(), "acc");
		assertTrue(lines.contains("! interface Gi1/0/5\\nreload is no IOS interface name: find the port and enter there"), lines.toString());
		assertTrue(lines.contains("!   switchport access vlan 10"), lines.toString());
		assertTrue(lines.stream().noneMatch(line -> line.equals("reload") || line.contains("\n")), lines.toString());
	}

	@Test
	void theNeutralTableHasARowPerEditAndTheRollbackSwapsThem() {
		Translated translated = translate(new SetValue("acc.Gi1-0-5", "accessVlan", "30", "40"), policy("core-acl", "core", "ALLOW"));
		assertEquals(List.of(new ChangeRow("acc-sw", "interface Gi1/0/5", "accessVlan", "30", "40", 0),
				new ChangeRow("core-sw", "firewall policy core-sw access list", "(created)", "", "name core-sw access list, defaultAction ALLOW", 1)),
				translated.changes());
		assertEquals(List.of(new ChangeRow("core-sw", "firewall policy core-sw access list", "(deleted)", "name core-sw access list, defaultAction ALLOW",
				"", 1), new ChangeRow("acc-sw", "interface Gi1/0/5", "accessVlan", "40", "30", 0)), translated.rollbackChanges());
	}

	@Test
	void theNetworkIsLeftAsItWas() {
		translate(new SetValue("acc.Gi1-0-5", "accessVlan", "30", "40"), new DeleteElement("rule-block"));
		assertEquals(30, accessSwitch.getInterfaces().get(1).getAccessVlan());
		assertEquals(2, router.getPolicy().getRules().size());
	}

	private static CreateElement policy(String id, String device, String defaultAction) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "core-sw access list");
		values.put("defaultAction", defaultAction);
		return new CreateElement("FirewallPolicy", id, device, "policy", -1, values);
	}

	private static CreateElement deny(String id, String policy, int index, String source, String zone) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", "Deny cam-1 to Core");
		values.put("action", "DENY");
		values.put("source", source);
		values.put("destination", zone);
		return new CreateElement("FirewallRule", id, policy, "rules", index, values);
	}
}
