package io.github.netreview.interchange.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.netreview.interchange.netbox.ZoneKindWords.Match;
import io.github.netreview.model.topology.ZoneKind;

/** Zone kinds named by words of names: split on punctuation and camelCase, CORE first when several kinds appear. */
class ZoneKindWordsTest {

	@Test
	void wordsAreSplitOnPunctuationCamelCaseAndDigits() {
		assertEquals(List.of("hq", "cctv"), Words.of("HQ-CCTV"));
		assertEquals(List.of("coreinfra", "core", "infra"), Words.of("CoreInfra"));
		assertEquals(List.of("hqcore", "hq", "core"), Words.of("HQCore"));
		assertEquals(List.of("vlan40cctv", "vlan", "40", "cctv"), Words.of("VLAN40CCTV"));
		assertEquals(List.of("iot", "io", "t", "sensors"), Words.of("IoT sensors"));
	}

	@Test
	void eachKindHasItsWords() {
		assertEquals(Optional.of(new Match(ZoneKind.SURVEILLANCE, "cctv")), ZoneKindWords.match("HQ CCTV"));
		assertEquals(ZoneKind.SERVER, kind("DC1 servers"));
		assertEquals(ZoneKind.SERVER, kind("Datacentre"));
		assertEquals(ZoneKind.DMZ, kind("dmz_web"));
		assertEquals(ZoneKind.GUEST, kind("Visitor WiFi"));
		assertEquals(ZoneKind.MANAGEMENT, kind("OOB"));
		assertEquals(ZoneKind.OT, kind("Plant SCADA"));
		assertEquals(ZoneKind.IOT, kind("IoT"));
		assertEquals(ZoneKind.USER, kind("Corporate LAN"));
		assertEquals(ZoneKind.EXTERNAL, kind("Internet edge"));
		assertEquals(ZoneKind.CORE, kind("campusCore"));
	}

	@Test
	void coreWinsThenTheTableOrder() {
		assertEquals(Optional.of(new Match(ZoneKind.CORE, "core")), ZoneKindWords.match("Staff CCTV core"));
		assertEquals(ZoneKind.SURVEILLANCE, kind("Staff cameras"), "SURVEILLANCE comes before USER");
		assertEquals(ZoneKind.SERVER, kind("Management servers"));
	}

	@Test
	void onlyWholeWordsCount() {
		assertEquals(Optional.empty(), ZoneKindWords.match("Building A"));
		assertEquals(Optional.empty(), ZoneKindWords.match("Hot desks"), "'ot' inside a word is not OT");
		assertEquals(Optional.empty(), ZoneKindWords.match("Coresight"));
		assertEquals(Optional.empty(), ZoneKindWords.match(null));
	}

	@Test
	void zoneKindTagsTakeKindNamesOrWords() {
		assertEquals(Optional.of(ZoneKind.CORE), ZoneKindWords.named("core"));
		assertEquals(Optional.of(ZoneKind.SURVEILLANCE), ZoneKindWords.named("SURVEILLANCE"));
		assertEquals(Optional.of(ZoneKind.SURVEILLANCE), ZoneKindWords.named("cctv"));
		assertEquals(Optional.empty(), ZoneKindWords.named("lab"));
	}

	private static ZoneKind kind(String text) {
		return ZoneKindWords.match(text).map(Match::kind).orElse(null);
	}
}
