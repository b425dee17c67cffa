package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.github.netreview.model.syntax.IpPrefix;

class IosAddressesTest {

	@Test
	void writesMasksAndWildcards() {
		assertEquals("255.255.255.0", IosAddresses.mask(24));
		assertEquals("255.255.255.252", IosAddresses.mask(30));
		assertEquals("0.0.0.0", IosAddresses.mask(0));
		assertEquals("255.255.255.255", IosAddresses.mask(32));
		assertEquals("0.0.0.255", IosAddresses.wildcard(24));
		assertEquals("0.0.15.255", IosAddresses.wildcard(20));
		assertEquals("0.0.0.0", IosAddresses.wildcard(32));
	}

	@Test
	void writesNetworksAsAccessListEnds() {
		assertEquals("10.10.10.0 0.0.0.255", IosAddresses.network(IpPrefix.parse("10.10.10.0/24")));
		assertEquals("10.10.10.0 0.0.0.255", IosAddresses.network(IpPrefix.parse("10.10.10.7/24")), "host bits are cleared");
		assertEquals("host 192.0.2.1", IosAddresses.network(IpPrefix.parse("192.0.2.1/32")));
		assertEquals("any", IosAddresses.network(IpPrefix.parse("0.0.0.0/0")));
		assertEquals("2001:db8:10:30::/64", IosAddresses.network(IpPrefix.parse("2001:db8:10:30::/64")));
		assertEquals("host 10.10.30.108", IosAddresses.host(IpPrefix.parse("10.10.30.108/24")));
	}

	@Test
	void compressesIpv6AddressesAtTheirLongestRunOfZeros() {
		assertEquals("2001:db8::5", IosAddresses.address(IpPrefix.parse("2001:db8:0:0:0:0:0:5")));
		assertEquals("2001:db8:0:1::1", IosAddresses.address(IpPrefix.parse("2001:db8:0:1:0:0:0:1")));
		assertEquals("::1", IosAddresses.address(IpPrefix.parse("::1")));
		assertEquals("fe80::", IosAddresses.address(IpPrefix.parse("fe80::")));
		assertEquals("2001:db8:1:2:3:4:5:6", IosAddresses.address(IpPrefix.parse("2001:db8:1:2:3:4:5:6")));
	}

	@Test
	void writesInterfaceAddresses() {
		assertEquals("10.10.40.23 255.255.255.0", IosAddresses.interfaceAddress(IpPrefix.parse("10.10.40.23/24")));
		assertEquals("2001:db8::1/64", IosAddresses.interfaceAddress(IpPrefix.parse("2001:db8::1/64")));
	}

	@Test
	void parsesNothingFromText() {
		assertNull(IosAddresses.parse("10.10.300.1/24"));
		assertNull(IosAddresses.parse(null));
	}
}
