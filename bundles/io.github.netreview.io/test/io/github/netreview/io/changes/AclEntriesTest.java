package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.build.NetworkBuilder;
import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

class AclEntriesTest {

	private final NetworkBuilder network = new NetworkBuilder("net", "Test");
	private final Site site = network.site("site", "Site", null, false);
	private final Zone core = network.zone("zone-core", "Core", ZoneKind.CORE, site, null);
	private final Zone staff = network.zone("zone-staff", "Staff", ZoneKind.USER, site, null);
	private final Segment servers = network.segment("seg-servers", "Servers", core, site, 20, "10.10.20.0/24");
	private final Segment coreInfra = network.segment("seg-core", "Core", core, site, 10, "10.10.10.0/24");
	private final Segment staffLan = network.segment("seg-staff", "Staff", staff, site, 30, "10.10.30.0/24", "2001:db8:10:30::/64");
	private final Device router = network.device("rtr", "rtr", DeviceRole.ROUTER, "Cisco Systems, Inc", "ISR", site, core);
	private final FirewallPolicy policy = network.policy(router, "acl", "acl", Action.ALLOW);
	private final Device camera = network.device("cam", "cam-1", DeviceRole.CAMERA, "Hikvision", "DS", site, staff);

	AclEntriesTest() {
		network.nic(camera, "eth0", "4C:BD:8F:00:00:01", "10.10.30.108/24");
	}

	private AclEntries entries(Action action, FlowEndpoint source, FlowEndpoint destination, Protocol protocol, String ports) {
		FirewallRule rule = network.rule(policy, "rule-" + policy.getRules().size(), "Rule", action, source, destination, protocol, ports);
		return AclEntries.of(rule, network.network());
	}

	@Test
	void aDeviceIsHostOfItsAddressesAndASegmentItsPrefixes() {
		AclEntries entries = entries(Action.DENY, camera, servers, Protocol.TCP, "443");
		assertEquals(List.of("deny tcp host 10.10.30.108 10.10.20.0 0.0.0.255 eq 443"), entries.ipv4());
		assertEquals(List.of("remark Rule", "deny tcp host 10.10.30.108 10.10.20.0 0.0.0.255 eq 443"), entries.lines(false));
	}

	@Test
	void aZoneIsEachOfItsSegmentsPrefixes() {
		AclEntries entries = entries(Action.DENY, camera, core, null, null);
		assertEquals(List.of("deny ip host 10.10.30.108 10.10.20.0 0.0.0.255", "deny ip host 10.10.30.108 10.10.10.0 0.0.0.255"),
				entries.ipv4());
	}

	@Test
	void noEndIsAny() {
		assertEquals(List.of("permit ip any any"), entries(Action.ALLOW, null, null, null, null).ipv4());
		assertEquals(List.of("deny ip host 10.10.30.108 any"), entries(Action.DENY, camera, null, null, null).ipv4());
	}

	@Test
	void portsAreEqualsAndRangesAndAnyProtocolIsTcpAndUdp() {
		assertEquals(List.of("permit tcp any host 10.10.30.108 eq 80", "permit tcp any host 10.10.30.108 eq 443",
				"permit tcp any host 10.10.30.108 range 8000 8099"), entries(Action.ALLOW, null, camera, Protocol.TCP, "80,443,8000-8099").ipv4());
		assertEquals(List.of("deny tcp any 10.10.10.0 0.0.0.255 eq 53", "deny udp any 10.10.10.0 0.0.0.255 eq 53"),
				entries(Action.DENY, null, coreInfra, Protocol.ANY, "53").ipv4());
		assertEquals(List.of("deny udp any any"), entries(Action.DENY, null, null, Protocol.UDP, null).ipv4());
		assertEquals(List.of("deny icmp any any"), entries(Action.DENY, null, null, Protocol.ICMP, null).ipv4());
	}

	@Test
	void ipv6PrefixesGoToTheIpv6List() {
		AclEntries entries = entries(Action.DENY, staffLan, null, Protocol.TCP, "22");
		assertEquals(List.of("deny tcp 10.10.30.0 0.0.0.255 any eq 22"), entries.ipv4());
		assertEquals(List.of("deny tcp 2001:db8:10:30::/64 any eq 22"), entries.ipv6());
		assertEquals(List.of("deny ip 10.10.30.0 0.0.0.255 10.10.20.0 0.0.0.255"), entries(Action.DENY, staffLan, servers, null, null).ipv4());
		assertEquals(List.of(), entries(Action.DENY, staffLan, servers, null, null).ipv6(), "no IPv6 prefix to go to");
		assertEquals(List.of("deny ipv6 2001:db8:10:30::/64 any"), entries(Action.DENY, staffLan, null, null, null).ipv6());
	}

	@Test
	void anEndWithoutAddressesIsSaidNotDropped() {
		Device unaddressed = network.device("nvr", "nvr-1", DeviceRole.NVR, null, null, site, staff);
		AclEntries entries = entries(Action.DENY, unaddressed, core, null, null);
		assertEquals(List.of(), entries.ipv4());
		List<String> lines = entries.lines(false);
		assertEquals("remark Rule", lines.get(0));
		assertTrue(lines.get(1).startsWith("! rule Rule: source device 'nvr-1' (nvr) has no IP address or prefix in the model; add its entries by hand"),
				lines.toString());
	}
}
