package io.github.netreview.analysis.proposals;

import io.github.netreview.analysis.forwarding.ForwardingAnalysis;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Zone;

/** Whether a device is in a core zone or segment, or can send into one, as a forwarding analysis sees it. */
final class CoreStatus {

	private CoreStatus() {
	}

	/** What the core findings say of a restricted device: deployed in a core zone, in a core segment, or with a path. */
	static boolean inOrToCore(ForwardingAnalysis forwarding, Device device) {
		return declaredCore(device) || !forwarding.coreSegmentsOf(device).isEmpty() || forwarding.reachCore(device).reachable();
	}

	/** Whether a device sits in the core itself: a core zone or segment (a destination no proposal can keep for a restricted device). */
	static boolean inCore(ForwardingAnalysis forwarding, Device device) {
		return declaredCore(device) || !forwarding.coreSegmentsOf(device).isEmpty();
	}

	private static boolean declaredCore(Device device) {
		Zone zone = device.getZone();
		return zone != null && zone.isCore();
	}
}
