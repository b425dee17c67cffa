package io.github.netreview.analysis.forwarding;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What one flow end can send to another: the services that arrive on some route, and a shortest path carrying a
 * wanted service (empty when none does).
 */
public record FlowReach(long[] services, List<EObject> path) {

	/** Whether every service of {@code wanted} arrives. */
	public boolean carries(long[] wanted) {
		return ServiceMasks.isEmpty(ServiceMasks.andNot(wanted, services));
	}
}
