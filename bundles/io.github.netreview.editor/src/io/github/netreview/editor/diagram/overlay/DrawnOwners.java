package io.github.netreview.editor.diagram.overlay;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;

/**
 * What the diagram draws for an element of either of two compared versions of a network, by id: a device or link
 * itself, the device holding an interface, firewall policy or rule, the device a waiver is for, the zone of a segment,
 * the two zones of a conduit, a zone or site as its container. An id the comparison gives an element without an id
 * of its own ({@code pol-fw/rules.3}) is found by its container's.
 */
public final class DrawnOwners {

	private final ElementIds now;
	private final ElementIds base;

	public DrawnOwners(Network now, Network base) {
		this.now = ElementIds.of(now);
		this.base = ElementIds.of(base);
	}

	/** The ids of what shows the element with {@code id} (in the current version, else in the other), none when nothing does. */
	public List<String> of(String id) {
		EObject element = find(now, id);
		return owners(element != null ? element : find(base, id));
	}

	/** The element with {@code id} in the current version, or null. */
	public EObject inNow(String id) {
		return now.contains(id) ? now.get(id) : null;
	}

	/** The element with {@code id} in the other version, or null. */
	public EObject inBase(String id) {
		return base.contains(id) ? base.get(id) : null;
	}

	public Network base() {
		return base.network();
	}

	private static EObject find(ElementIds ids, String key) {
		if (key == null) {
			return null;
		}
		if (ids.contains(key)) {
			return ids.get(key);
		}
		int slash = key.lastIndexOf('/');
		return slash > 0 ? find(ids, key.substring(0, slash)) : null;
	}

	private static List<String> owners(EObject element) {
		List<String> ids = new ArrayList<>();
		switch (element) {
		case null -> {
			// in neither version: nothing shows it
		}
		case Device device -> ids.add(device.getId());
		case Link link -> ids.add(link.getId());
		case Zone zone -> ids.add(zone.getId());
		case Site site -> ids.add(site.getId());
		case Segment segment -> add(ids, segment.getZone());
		case Conduit conduit -> {
			add(ids, conduit.getFromZone());
			add(ids, conduit.getToZone());
		}
		case Waiver waiver -> add(ids, waiver.getDevice());
		default -> add(ids, deviceHolding(element));
		}
		return ids;
	}

	/** The device an interface, firewall policy or rule (or anything else inside a device) belongs to, or null. */
	private static Device deviceHolding(EObject element) {
		for (EObject at = element.eContainer(); at != null; at = at.eContainer()) {
			if (at instanceof Device device) {
				return device;
			}
		}
		return null;
	}

	private static void add(List<String> ids, EObject owner) {
		String id = owner == null ? null : ElementIds.idOf(owner);
		if (id != null && !ids.contains(id)) {
			ids.add(id);
		}
	}
}
