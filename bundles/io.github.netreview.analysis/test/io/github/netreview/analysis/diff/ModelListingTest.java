package io.github.netreview.analysis.diff;

import static io.github.netreview.analysis.diff.DiffText.find;
import static io.github.netreview.analysis.diff.DiffText.hq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.NetworkIndex;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Network;

/** One version listed as a diff against nothing: every element added with its values, rule order, end hosts' segments. */
class ModelListingTest {

	@Test
	void everyElementIsListedWithTheValuesItHasInModelOrder() throws IOException {
		Network network = hq();
		ModelDiff listing = ModelListing.of(network, null);
		assertTrue(listing.changes().stream().allMatch(change -> change.kind() == ElementChange.Kind.ADDED));
		assertEquals(count(network), listing.changes().size(), "every element with an id, and the network");
		assertEquals("ADDED Device dev-cam-lobby-02: name null -> cam-lobby-02; description null -> Moved to the lobby in 2024 and patched into a"
				+ " staff-LAN port by mistake.; role null -> CAMERA; manufacturer null -> Hangzhou Hikvision Digital Technology Co., Ltd.; model null"
				+ " -> DS-2CD2043G2-I; site null -> site 'Headquarters' (site-hq); zone null -> zone 'CCTV' (zone-cctv)",
				DiffText.line(listing.changes().stream().filter(change -> change.id().equals("dev-cam-lobby-02")).findFirst().orElseThrow()));
	}

	@Test
	void aPolicyListsItsRulesInOrderAndAnEndHostItsSegments() throws IOException {
		Network network = hq();
		FirewallPolicy policy = find(network, "policy-fw-01");
		policy.getRules().move(0, 3);
		ForwardingAnalysis forwarding = ForwardingAnalysis.of(NetworkIndex.of(network));
		ModelDiff listing = ModelListing.of(network, forwarding::hostSegmentsOf);
		assertEquals("rule-fw-01-40, rule-fw-01-10, rule-fw-01-20, rule-fw-01-30", feature(listing, "policy-fw-01", "rules"));
		assertEquals("segment 'Staff' (seg-staff)", feature(listing, "dev-cam-lobby-02", ModelDiff.SEGMENTS));
		assertNull(feature(listing, "dev-acc-sw-02", ModelDiff.SEGMENTS), "network equipment is in no segment as a host");
	}

	private static String feature(ModelDiff listing, String id, String feature) {
		FeatureChange change = listing.changes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().feature(feature);
		return change == null ? null : change.after();
	}

	private static int count(Network network) {
		int count = 1;
		for (var contents = network.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identified) {
				count++;
			}
		}
		return count;
	}
}
