package io.github.netreview.analysis.forwarding;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Zone;

/**
 * Whether a device can send to a core network: the core segment it reaches first, the services that get there along
 * the witness path, and the path itself (device, interface, link, ..., segment).
 */
public record CoreReach(boolean reachable, Segment segment, Zone zone, String services, List<EObject> path) {

	static final CoreReach NONE = new CoreReach(false, null, null, null, List.of());
}
