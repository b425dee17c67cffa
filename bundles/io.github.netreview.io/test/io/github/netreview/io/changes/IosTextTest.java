package io.github.netreview.io.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IosTextTest {

	@Test
	void makesAnyNameASafeToken() {
		assertEquals("NETREVIEW-deny-rule", IosText.token("NETREVIEW-deny-rule", "X-", 48));
		assertEquals("core-sw-01-access-list", IosText.token("core-sw-01 access list", "ACL-", 48));
		assertEquals("a-b-c", IosText.token("a\nb;c", "ACL-", 48), "a newline or a semicolon never reaches IOS");
		assertEquals("ACL-1st", IosText.token("1st", "ACL-", 48), "IOS takes a name starting with a digit as a number");
		assertEquals("ACL", IosText.token("\u202E<>", "ACL-", 48));
		assertEquals("ACL", IosText.token(null, "ACL-", 48));
	}

	@Test
	void cutsTokensAtAWordWhereItCan() {
		assertEquals("Isolated-surveillance-VLAN-900", IosText.token("Isolated surveillance VLAN 900 (Leeds office)", "VLAN-", 32));
		assertEquals("n".repeat(32), IosText.token("n".repeat(100), "VLAN-", 32));
	}

	@Test
	void takesOnlyTypableInterfaceNames() {
		assertTrue(IosText.isInterfaceName("Gi1/0/30"));
		assertTrue(IosText.isInterfaceName("GigabitEthernet0/1/0.40"));
		assertTrue(IosText.isInterfaceName("Port-channel1"));
		assertFalse(IosText.isInterfaceName("Gi1/0/30\nshutdown"));
		assertFalse(IosText.isInterfaceName("Gi 1/0/30"));
		assertFalse(IosText.isInterfaceName(null));
	}

	@Test
	void showsModelTextOnOneVisibleLine() {
		assertEquals("! cam\\nCRITICAL forged", IosText.comment("cam\nCRITICAL forged"));
		assertEquals(IosText.SHOWN + 3, IosText.shown("n".repeat(1000)).length());
	}
}
