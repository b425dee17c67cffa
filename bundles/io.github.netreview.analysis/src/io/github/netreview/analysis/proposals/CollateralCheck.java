package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.analysis.forwarding.Reach;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * The devices a change is not meant for that lose a zone or segment they reached, or (for a camera) a recorder of its
 * site it reached, which may sit in the same segment: what they reached after, then before.
 */
final class CollateralCheck {

	/** What a device reaches: segments and zones, and the recorders it sends something to. */
	private record Reached(Reach reach, List<Device> recorders) {
	}

	private final RecorderFlows recorders;
	private final Map<Device, Reached> after = new LinkedHashMap<>();

	CollateralCheck(RecorderFlows recorders) {
		this.recorders = recorders;
	}

	/** Notes what each of {@code innocents} reaches in {@code forwarding}, the analysis with the change made. */
	void after(ForwardingAnalysis forwarding, Iterable<Device> innocents) {
		for (Device device : innocents) {
			after.put(device, new Reached(forwarding.reachOf(device), recordersReached(forwarding, device)));
		}
	}

	private List<Device> recordersReached(ForwardingAnalysis forwarding, Device device) {
		if (device.getRole() != DeviceRole.CAMERA) {
			return List.of();
		}
		List<Device> reached = new ArrayList<>();
		for (Device recorder : recorders.recordersNear(device)) {
			if (forwarding.services().anyAtom(forwarding.flow(device, recorder, forwarding.services().none()).services()) >= 0) {
				reached.add(recorder);
			}
		}
		return reached;
	}

	/** The devices noted that reached more in {@code before}, the analysis without the change, with what they lose. */
	List<Verification.Collateral> against(ForwardingAnalysis before) {
		Map<List<Reach>, List<Verification.Lost>> losses = new HashMap<>();
		List<Verification.Collateral> collateral = new ArrayList<>();
		for (Map.Entry<Device, Reached> noted : after.entrySet()) {
			Reach was = before.reachOf(noted.getKey());
			List<Verification.Lost> lost = new ArrayList<>(losses.computeIfAbsent(List.of(was, noted.getValue().reach()),
					pair -> lost(pair.get(0), pair.get(1))));
			for (Device recorder : recordersReached(before, noted.getKey())) {
				if (!noted.getValue().recorders().contains(recorder)) {
					lost.add(new Verification.Lost("device", recorder.getId(), ElementLabels.name(recorder)));
				}
			}
			if (!lost.isEmpty()) {
				Device device = noted.getKey();
				collateral.add(new Verification.Collateral(device.getId(), ElementLabels.name(device), lost));
			}
		}
		return collateral;
	}

	private static List<Verification.Lost> lost(Reach before, Reach after) {
		List<Verification.Lost> lost = new ArrayList<>();
		for (Zone zone : before.zones()) {
			if (!after.zones().contains(zone)) {
				lost.add(new Verification.Lost("zone", zone.getId(), ElementLabels.name(zone)));
			}
		}
		for (Segment segment : before.segments()) {
			if (!after.segments().contains(segment)) {
				lost.add(new Verification.Lost("segment", segment.getId(), ElementLabels.name(segment)));
			}
		}
		return lost;
	}
}
