package io.github.netreview.analysis.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.AnalysisResult;
import io.github.netreview.analysis.Analyzer;
import io.github.netreview.analysis.classify.IeeeRegistry;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Device;

/** What a reviewer reads about the headquarters' findings: details, the hop-by-hop path, filters and natural order. */
class FindingDetailsTest {

	private static AnalysisResult hq;

	@BeforeAll
	static void analyse() throws IOException {
		hq = new Analyzer(java.time.LocalDate.of(2026, 11, 29), IeeeRegistry.system())
				.analyze(ModelFiles.loadNetwork(Path.of("../../examples/hq.netreview")));
	}

	private static Finding finding(Rule rule, String device) {
		return hq.findings().stream().filter(f -> f.rule() == rule && f.subject() instanceof Device d && d.getName().equals(device)).findFirst()
				.orElseThrow();
	}

	@Test
	void theCriticalPathIsSpelledOutHopByHopWithPortsAndVlans() {
		FindingDetails details = FindingDetails.of(finding(Rule.RESTRICTED_PATH_TO_CORE, "cam-lobby-02"));
		List<String> titles = details.sections().stream().map(FindingDetails.Section::title).toList();
		assertEquals(List.of("CRITICAL RESTRICTED_PATH_TO_CORE", "Path"), titles.subList(0, 2));
		assertTrue(titles.containsAll(List.of("Device", "Legal basis")) && !titles.contains("Waiver"), titles.toString());
		List<String> path = details.sections().get(1).lines();
		assertTrue(path.get(0).startsWith("cam-lobby-02: eth0 (untagged"), path.get(0));
		assertTrue(path.get(1).startsWith("acc-sw-02: in Gi1/0/30 (access VLAN 30), out Te1/1/1 (trunk "), path.get(1));
		assertEquals("reaches segment 'Core infrastructure'", path.get(path.size() - 2));
		assertEquals("carrying any service", path.get(path.size() - 1));
		String text = details.text();
		assertTrue(text.contains("Moved to the lobby in 2024 and patched into a staff-LAN port by mistake."), "the device's description: " + text);
		assertTrue(text.contains("made by Hangzhou Hikvision Digital Technology Co., Ltd., model DS-2CD2043G2-I"), text);
		assertTrue(text.contains("FCC Covered List"), text);
	}

	@Test
	void aWaivedFindingNamesItsWaiverApproverAndExpiry() {
		String text = FindingDetails.of(finding(Rule.RESTRICTED_ON_SENSITIVE_SITE, "cam-entrance-01")).text();
		assertTrue(text.contains("Waiver\n  waiver-1, approved by J. Smith, Departmental Security Officer, until 2027-06-30\n"), text);
		assertTrue(text.contains("basis: Departmental Security Unit risk acceptance DSU-RA-2026-014"), text);
		assertFalse(FindingDetails.of(finding(Rule.RESTRICTED_ON_SENSITIVE_SITE, "cam-entrance-02")).text().contains("Waiver\n"));
	}

	@Test
	void filtersBySeverityRuleVendorSiteAndText() {
		List<Finding> all = hq.findings();
		assertEquals(all, all.stream().filter(FindingFilter.ALL).toList());
		assertEquals(1, count(new FindingFilter(Severity.CRITICAL, null, null, null, null)));
		assertEquals(6, count(new FindingFilter(null, Rule.RESTRICTED_ON_SENSITIVE_SITE, null, null, null)));
		assertEquals(2, count(new FindingFilter(null, Rule.RESTRICTED_ON_SENSITIVE_SITE, null, "Dahua", null)),
				"cam-car-park-01 and cam-loading-bay-01 by Dahua's make; cam-car-park-02's make is not recorded");
		assertEquals(count(new FindingFilter(null, null, "Headquarters", null, null)),
				all.stream().filter(f -> f.subject() instanceof Device).count());
		assertEquals(0, count(new FindingFilter(null, null, "Leeds", null, null)));
		assertEquals(all.stream().filter(f -> f.subject() instanceof Device d && d.getName().equals("cam-lobby-02")).toList(),
				all.stream().filter(new FindingFilter(null, null, null, null, " LOBBY ")).toList(), "text is matched whatever its case and spaces");
	}

	@Test
	void namesSortByTheirNumbersAsPeopleRead() {
		List<String> names = new java.util.ArrayList<>(List.of("cam-1096", "cam-160", "Cam-17", "cam-2", "acc-sw-10", "acc-sw-9", "cam-02"));
		names.sort(NaturalOrder.INSTANCE);
		assertEquals(List.of("acc-sw-9", "acc-sw-10", "cam-02", "cam-2", "Cam-17", "cam-160", "cam-1096"), names);
	}

	private static long count(FindingFilter filter) {
		return hq.findings().stream().filter(filter).count();
	}
}
