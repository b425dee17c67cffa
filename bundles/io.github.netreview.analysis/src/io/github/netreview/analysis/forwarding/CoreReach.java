package io.github.netreview.analysis.forwarding;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Whether a device can send to a core network: the core segment it reaches first, the services that get there along
 * the witness path, the path itself (device, interface, link, ..., segment), and the first core interface (or
 * device) the path arrives at.
 */
public record CoreReach(boolean reachable, Segment segment, Zone zone, String services, List<EObject> path, EObject entry) {

	static final CoreReach NONE = new CoreReach(false, null, null, null, List.of(), null);

	/** The last interface of a path (where it enters the core domain), else its last device. */
	static EObject entryOf(List<EObject> hops) {
		EObject lastDevice = null;
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (hops.get(i) instanceof Interface port) {
				return port;
			}
			if (lastDevice == null && hops.get(i) instanceof Device device) {
				lastDevice = device;
			}
		}
		return lastDevice;
	}
}
