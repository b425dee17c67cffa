package io.github.netreview.model.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VlanAndPortListTest {

	@Test
	void unsetOrAllMeansEveryVlan() {
		assertEquals(4094, VlanList.parse(null).toBitSet().cardinality());
		assertEquals(4094, VlanList.parse("ALL").toBitSet().cardinality());
		assertEquals(0, VlanList.parse("none").toBitSet().cardinality());
	}

	@Test
	void listsAndRangesCombine() {
		VlanList list = VlanList.parse("10, 20,100-199");
		assertTrue(list.contains(10));
		assertTrue(list.contains(150));
		assertFalse(list.contains(11));
		assertEquals(102, list.toBitSet().cardinality());
	}

	@Test
	void outOfRangeAndReversedRangesAreErrorsThatQuoteTheText() {
		assertTrue(assertThrows(SyntaxException.class, () -> VlanList.parse("10,5000")).getMessage().contains("5000"));
		assertTrue(assertThrows(SyntaxException.class, () -> VlanList.parse("0")).getMessage().contains("outside 1-4094"));
		assertTrue(assertThrows(SyntaxException.class, () -> VlanList.parse("30-20")).getMessage().contains("ends before"));
		assertThrows(SyntaxException.class, () -> VlanList.parse("10,,20"));
		assertThrows(SyntaxException.class, () -> VlanList.parse("ten"));
	}

	@Test
	void portsFollowTheSameSyntaxWithinOneTo65535() {
		PortList ports = PortList.parse("80,443,8000-8099");
		assertTrue(ports.contains(8050));
		assertFalse(ports.contains(8100));
		assertEquals(65535, PortList.parse("").toBitSet().cardinality());
		assertThrows(SyntaxException.class, () -> PortList.parse("70000"));
	}

	@Test
	void aVlanAddedIsWrittenInOrderWithRuns() {
		assertEquals("30,40,99", VlanList.parse("30,99").with(40).toString());
		assertEquals("10-13,20", VlanList.parse("10-12,20").with(13).toString());
		assertEquals("none", VlanList.parse("none").toString());
		assertEquals("40", VlanList.parse("none").with(40).toString());
	}
}
