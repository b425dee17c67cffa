package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.DiffText.ANALYZER;
import static io.github.netreview.analysis.diff.DiffText.hq;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;

/** A finding's key and SARIF fingerprint on the example headquarters. */
class FindingKeyTest {

	@Test
	void theFingerprintIsTheOneCheckWritesToSarif() throws IOException {
		Map<String, String> fingerprints = new TreeMap<>();
		for (Finding finding : ANALYZER.analyze(hq()).findings()) {
			fingerprints.put(FindingKey.of(finding).toString(), FindingKey.fingerprint(finding));
		}
		// as bundles/io.github.netreview.cli/test/golden/check-hq.sarif has them
		assertEquals("5463cd44e28c2eaf831ff18054b86bfb", fingerprints.get("RESTRICTED_PATH_TO_CORE dev-cam-lobby-02"));
		assertEquals("dfb2e57c416bbcbc0b022402cd435741", fingerprints.get("RESTRICTED_ON_SENSITIVE_SITE dev-cam-entrance-01"));
		assertEquals("bb4c742e0cc1ddac60858e6cf14730ee", fingerprints.get("WAIVER_EXPIRED waiver-2"));
		assertEquals("bef29288077014917ca29df885b04251", fingerprints.get("CONDUIT_VIOLATION zone-mgmt -> zone-staff"));
	}

	@Test
	void aConduitViolationIsKeyedByBothZonesAndKeysSortMostSevereFirstThenNaturally() throws IOException {
		List<FindingKey> keys = ANALYZER.analyze(hq()).findings().stream().map(FindingKey::of).sorted().toList();
		assertEquals(new FindingKey(Rule.RESTRICTED_PATH_TO_CORE, List.of("dev-cam-lobby-02")), keys.get(0));
		assertEquals(keys.size(), keys.stream().distinct().count(), "one finding per key");
		List<String> conduits = keys.stream().filter(k -> k.rule() == Rule.CONDUIT_VIOLATION && k.ids().get(0).equals("zone-staff"))
				.map(FindingKey::toString).toList();
		assertEquals(List.of("CONDUIT_VIOLATION zone-staff -> zone-core", "CONDUIT_VIOLATION zone-staff -> zone-mgmt"), conduits);
		List<String> restricted = keys.stream().filter(k -> k.rule() == Rule.RESTRICTED_DEVICE).map(k -> k.ids().get(0)).toList();
		assertEquals(restricted.stream().sorted(io.github.netreview.analysis.findings.NaturalOrder.INSTANCE).toList(), restricted);
	}
}
