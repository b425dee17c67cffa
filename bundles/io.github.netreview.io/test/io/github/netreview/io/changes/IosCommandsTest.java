package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.topology.InterfaceMode;

class IosCommandsTest {

	@Test
	void setsAndClearsTheAccessVlan() {
		assertEquals(List.of("switchport access vlan 40"), IosCommands.accessVlan("40"));
		assertEquals(List.of("no switchport access vlan"), IosCommands.accessVlan(null));
	}

	@Test
	void setsAndClearsTheNativeVlan() {
		assertEquals(List.of("switchport trunk native vlan 99"), IosCommands.nativeVlan("99"));
		assertEquals(List.of("no switchport trunk native vlan"), IosCommands.nativeVlan(null));
	}

	@Test
	void addsAndRemovesTheDifferenceBetweenTwoTrunkLists() {
		assertEquals(List.of("switchport trunk allowed vlan add 40"), IosCommands.allowedVlans("10,20,30", "10,20,30,40"));
		assertEquals(List.of("switchport trunk allowed vlan remove 30"), IosCommands.allowedVlans("10,20,30", "10,20"));
		assertEquals(List.of("switchport trunk allowed vlan add 40,900", "switchport trunk allowed vlan remove 30"),
				IosCommands.allowedVlans("10,30", "10,40,900"));
	}

	@Test
	void writesRangesAsRanges() {
		assertEquals(List.of("switchport trunk allowed vlan add 121-125,300", "switchport trunk allowed vlan remove 100-109"),
				IosCommands.allowedVlans("100-120", "110-125,300"));
	}

	@Test
	void setsTheWholeListWhenTheTrunkCarriedAllOrNone() {
		assertEquals(List.of("switchport trunk allowed vlan 10,20"), IosCommands.allowedVlans(null, "10,20"));
		assertEquals(List.of("switchport trunk allowed vlan 10,20"), IosCommands.allowedVlans("all", "10,20"));
		assertEquals(List.of("switchport trunk allowed vlan 30"), IosCommands.allowedVlans("none", "30"));
	}

	@Test
	void setsAllAndNoneByTheirKeywords() {
		assertEquals(List.of("switchport trunk allowed vlan all"), IosCommands.allowedVlans("10,20", null));
		assertEquals(List.of("switchport trunk allowed vlan all"), IosCommands.allowedVlans("10,20", "1-4094"));
		assertEquals(List.of("switchport trunk allowed vlan none"), IosCommands.allowedVlans("10,20", "none"));
	}

	@Test
	void saysSoWhenTheListsHoldTheSameVlansOrCannotBeRead() {
		List<String> same = IosCommands.allowedVlans("10,20", "20,10");
		assertEquals(1, same.size());
		assertTrue(same.get(0).startsWith("! ") && same.get(0).contains("the same VLANs"), same.toString());
		List<String> unreadable = IosCommands.allowedVlans("10,20", "10,abc");
		assertTrue(unreadable.get(0).startsWith("! ") && unreadable.get(0).contains("set them by hand"), unreadable.toString());
	}

	@Test
	void shutsAndOpensAPort() {
		assertEquals(List.of("shutdown"), IosCommands.enabled(false));
		assertEquals(List.of("no shutdown"), IosCommands.enabled(true));
	}

	@Test
	void changesAPortsMode() {
		assertEquals(List.of("switchport mode trunk"), IosCommands.mode(InterfaceMode.ACCESS, InterfaceMode.TRUNK));
		assertEquals(List.of("no switchport"), IosCommands.mode(InterfaceMode.ACCESS, InterfaceMode.ROUTED));
		assertEquals(List.of("switchport", "switchport mode access"), IosCommands.mode(InterfaceMode.ROUTED, InterfaceMode.ACCESS));
	}

	@Test
	void replacesThePrimaryAddressWithItsMask() {
		assertEquals(List.of("ip address 10.10.40.23 255.255.255.0"), IosCommands.addresses(List.of("10.10.30.108/24"), List.of("10.10.40.23/24")));
		assertEquals(List.of("ip address 10.200.0.2 255.255.255.252"), IosCommands.addresses(List.of(), List.of("10.200.0.2/30")));
		assertEquals(List.of("no ip address"), IosCommands.addresses(List.of("10.10.30.1/24"), List.of()));
	}

	@Test
	void addsAndRemovesSecondariesAndIpv6Addresses() {
		assertEquals(List.of("no ip address 10.0.2.1 255.255.255.0 secondary", "ip address 10.0.3.1 255.255.255.128 secondary",
				"no ipv6 address 2001:db8:1::1/64", "ipv6 address 2001:db8:2::1/64"),
				IosCommands.addresses(List.of("10.0.1.1/24", "10.0.2.1/24", "2001:db8:1::1/64"),
						List.of("10.0.1.1/24", "10.0.3.1/25", "2001:db8:2::1/64")));
	}

	@Test
	void saysWhatIsNoAddress() {
		List<String> lines = IosCommands.addresses(List.of(), List.of("10.0.0.1/24", "not-an-address"));
		assertEquals("ip address 10.0.0.1 255.255.255.0", lines.get(0));
		assertTrue(lines.get(1).startsWith("! 'not-an-address' is not an IP address"), lines.toString());
	}

	@Test
	void splitsAnEditsListOfAddresses() {
		assertEquals(List.of("10.0.0.1/24", "10.0.1.1/24"), IosCommands.split("10.0.0.1/24, 10.0.1.1/24"));
		assertEquals(List.of(), IosCommands.split(null));
	}

	@Test
	void listsVlansAsIosDoes() {
		BitSet vlans = new BitSet();
		vlans.set(10);
		vlans.set(20);
		vlans.set(100, 200);
		assertEquals("10,20,100-199", IosCommands.list(vlans));
	}
}
