package io.github.netreview.analysis.findings;

import static io.github.netreview.model.ElementLabels.describe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Waiver;

/**
 * The waivers of a network on a given day: a valid one marks the findings about its device (all of them, or those of
 * its rule) as waived; an expired one is a finding of its own and covers nothing.
 */
public final class Waivers {

	private final Map<Device, List<Waiver>> valid = new IdentityHashMap<>();
	private final List<Finding> expired = new ArrayList<>();

	public Waivers(Network network, LocalDate today) {
		for (Waiver waiver : network.getWaivers()) {
			if (waiver.getDevice() == null) {
				continue;
			}
			if (waiver.getExpiry() != null && waiver.getExpiry().isBefore(today)) {
				expired.add(new Finding(Rule.WAIVER_EXPIRED, describe(waiver) + " for " + describe(waiver.getDevice())
						+ " expired on " + waiver.getExpiry() + " (approved by " + waiver.getApprover() + ")",
						List.of(waiver, waiver.getDevice()), List.of(), null, List.of(), null));
			} else {
				valid.computeIfAbsent(waiver.getDevice(), d -> new ArrayList<>()).add(waiver);
			}
		}
	}

	/** The expired waivers as findings. */
	public List<Finding> expired() {
		return expired;
	}

	/** {@code finding} marked with the first valid waiver that covers it, or unchanged. */
	public Finding mark(Finding finding) {
		if (finding.rule() == Rule.RESTRICTED_DEVICE || !(finding.subject() instanceof Device device)) {
			return finding;
		}
		for (Waiver waiver : valid.getOrDefault(device, List.of())) {
			if (waiver.getRule() == null || waiver.getRule().isBlank() || waiver.getRule().equals(finding.rule().name())) {
				return finding.withWaiver(waiver);
			}
		}
		return finding;
	}

	/** The expired-waiver findings followed by {@code findings}, each marked. */
	public List<Finding> apply(List<Finding> findings) {
		List<Finding> result = new ArrayList<>(expired);
		for (Finding finding : findings) {
			result.add(mark(finding));
		}
		return result;
	}
}
