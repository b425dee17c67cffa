package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Endpoints from record urls and, for records without one, from file names. */
class EndpointTest {

	@Test
	void theEndpointOfARecordIsInItsUrl() {
		assertEquals("dcim/devices", Endpoint.pathOfUrl("https://netbox.example.com/api/dcim/devices/17/"));
		assertEquals("ipam/ip-addresses", Endpoint.pathOfUrl("http://10.0.0.5:8000/netbox/api/ipam/ip-addresses/3/?brief=1"));
		assertEquals("circuits/circuits", Endpoint.pathOfUrl("https://netbox.example.com/api/circuits/circuits/1/"));
		assertNull(Endpoint.pathOfUrl("https://netbox.example.com/dcim/devices/17/"), "the web page, not the API");
		assertNull(Endpoint.pathOfUrl(null));
	}

	@Test
	void fileNamesNameEndpointsWithUnderscoresOrHyphens() {
		assertEquals(Optional.of(Endpoint.DEVICES), Endpoint.ofFileName("devices.json"));
		assertEquals(Optional.of(Endpoint.DEVICES), Endpoint.ofFileName("dcim_devices.json"));
		assertEquals(Optional.of(Endpoint.DEVICES), Endpoint.ofFileName("dcim-devices.json"));
		assertEquals(Optional.of(Endpoint.VLAN_GROUPS), Endpoint.ofFileName("ipam_vlan_groups.json"));
		assertEquals(Optional.of(Endpoint.IP_ADDRESSES), Endpoint.ofFileName("IP-Addresses.json"));
		assertEquals(Optional.empty(), Endpoint.ofFileName("export.json"));
		assertEquals(Optional.empty(), Endpoint.ofFileName("circuits.json"));
	}
}
