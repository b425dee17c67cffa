package io.github.netreview.model.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpPrefixTest {

	@Test
	void parsesIpv4PrefixesAndHosts() {
		IpPrefix prefix = IpPrefix.parse("10.20.30.0/24");
		assertTrue(prefix.isNetwork());
		assertTrue(prefix.contains(IpPrefix.parse("10.20.30.5/24")));
		assertFalse(prefix.contains(IpPrefix.parse("10.20.31.5")));
		assertEquals(32, IpPrefix.parse("10.20.30.5").length());
	}

	@Test
	void reportsHostBitsAndTheIntendedNetwork() {
		IpPrefix host = IpPrefix.parse("10.20.30.5/24");
		assertFalse(host.isNetwork());
		assertEquals("10.20.30.0/24", host.network().toString());
	}

	@Test
	void parsesIpv6IncludingCompressionAndEmbeddedIpv4() {
		IpPrefix prefix = IpPrefix.parse("2001:db8:10:30::/64");
		assertTrue(prefix.isIpv6());
		assertTrue(prefix.isNetwork());
		assertTrue(prefix.contains(IpPrefix.parse("2001:db8:10:30::42/64")));
		assertFalse(prefix.contains(IpPrefix.parse("2001:db8:10:31::42")));
		assertEquals(IpPrefix.parse("::ffff:10.0.0.1/128"), IpPrefix.parse("0:0:0:0:0:ffff:a00:1/128"));
		assertFalse(prefix.contains(IpPrefix.parse("10.20.30.1")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.20.30", "10.20.30.256/24", "10.20.30.0/33", "2001:db8::1::2", "2001:db8:0:0:0:0:0:0:1",
			"gateway.example.org", "10.20.30.0/x", "2001:db8::/129", "fe80::zz" })
	void rejectsMalformedAddressesWithoutLookingAnythingUp(String text) {
		assertFalse(IpPrefix.isValid(text));
	}

	@Test
	void hostsCountFromTheNetworkAddress() {
		IpPrefix prefix = IpPrefix.parse("10.10.40.0/24");
		assertEquals("10.10.40.2/24", prefix.plus(2).toString());
		assertEquals("10.10.41.4/24", prefix.plus(260).toString());
		assertEquals(256, prefix.size());
		assertEquals("2001:db8:0:0:0:0:0:100/64", IpPrefix.parse("2001:db8::/64").plus(256).toString());
		assertEquals(Long.MAX_VALUE, IpPrefix.parse("2001:db8::/64").size());
		assertEquals(IpPrefix.parse("10.10.40.2/32"), IpPrefix.parse("10.10.40.2/24").host());
	}
}
