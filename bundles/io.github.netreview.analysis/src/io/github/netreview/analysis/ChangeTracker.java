package io.github.netreview.analysis;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyPackage.Literals;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;

/** Sorts model notifications by how much of the analysis they invalidate, until the next result is taken. */
final class ChangeTracker {

	/** What the edits since the last result invalidated. */
	record Batch(boolean catalog, boolean structure, boolean policy, boolean waivers, boolean allFindings,
			Set<Interface> ports, Set<Link> links, Set<Device> reclassify, Set<Device> refind, Set<Device> firewalls,
			boolean policyHolders, boolean conduits) {
	}

	private boolean catalog;
	private boolean structure;
	private boolean policy;
	private boolean waivers;
	private boolean allFindings;
	private Set<Interface> ports = new LinkedHashSet<>();
	private Set<Link> links = new LinkedHashSet<>();
	private Set<Device> reclassify = new LinkedHashSet<>();
	private Set<Device> refind = new LinkedHashSet<>();
	/** Devices whose policy's rules (or their services) were edited. */
	private Set<Device> firewalls = new LinkedHashSet<>();
	/** Whether a device got a policy or lost its policy. */
	private boolean policyHolders;
	/** Whether the intended zone policy (the conduits) was edited. */
	private boolean conduits;

	synchronized void everything() {
		catalog = true;
		structure = true;
	}

	synchronized boolean any() {
		return catalog || structure || policy || waivers || allFindings || !ports.isEmpty() || !links.isEmpty()
				|| !reclassify.isEmpty() || !refind.isEmpty() || !firewalls.isEmpty() || policyHolders || conduits;
	}

	synchronized Batch take() {
		Batch batch = new Batch(catalog, structure, policy, waivers, allFindings, ports, links, reclassify, refind, firewalls,
				policyHolders, conduits);
		catalog = structure = policy = waivers = allFindings = policyHolders = conduits = false;
		ports = new LinkedHashSet<>();
		links = new LinkedHashSet<>();
		reclassify = new LinkedHashSet<>();
		refind = new LinkedHashSet<>();
		firewalls = new LinkedHashSet<>();
		return batch;
	}

	synchronized void record(Notification notification) {
		Object notifier = notification.getNotifier();
		Object feature = notification.getFeature();
		if (feature instanceof EStructuralFeature named && isLabel(named)) {
			allFindings = true;
		} else if (notifier instanceof Conduit || notifier instanceof Service service && service.eContainer() instanceof Conduit) {
			conduits = true;
		} else if (notifier instanceof Network) {
			network(feature);
		} else if (notifier instanceof Device device) {
			device(device, feature);
		} else if (notifier instanceof Interface port) {
			port(port, feature);
		} else if (notifier instanceof Link link) {
			if (feature == Literals.LINK__ENABLED || feature == Literals.LINK__DIRECTION) {
				links.add(link);
			} else if (feature != Literals.LINK__MEDIUM) {
				structure = true;
			}
		} else if (notifier instanceof FirewallPolicy || notifier instanceof FirewallRule || notifier instanceof Service) {
			Device firewall = owningDevice((EObject) notifier);
			if (firewall != null) {
				firewalls.add(firewall);
			} else {
				policy = true;
			}
		} else if (notifier instanceof RequiredFlow) {
			policy = true;
		} else if (notifier instanceof Zone) {
			if (feature == Literals.ZONE__CORE || feature == Literals.ZONE__KIND) {
				policy = true;
			}
		} else if (notifier instanceof Segment) {
			structure = true;
		} else if (notifier instanceof Site) {
			if (feature == Literals.SITE__SENSITIVE) {
				allFindings = true;
			}
		} else if (notifier instanceof Waiver) {
			waivers = true;
		} else if (notifier instanceof Catalog || notifier instanceof RestrictedVendor || notifier instanceof Listing) {
			catalog = true;
		}
	}

	/** The device whose policy holds {@code element}, or null when it is not in a device's policy. */
	private static Device owningDevice(EObject element) {
		for (EObject at = element; at != null; at = at.eContainer()) {
			if (at instanceof Device device) {
				return device;
			}
		}
		return null;
	}

	/** Names and descriptions appear only in messages, but in anybody's. */
	private static boolean isLabel(EStructuralFeature feature) {
		return feature == Literals.NAMED__NAME || feature == Literals.NAMED__DESCRIPTION;
	}

	private void network(Object feature) {
		if (feature == Literals.NETWORK__CONDUITS) {
			conduits = true;
		} else if (feature == Literals.NETWORK__WAIVERS) {
			waivers = true;
		} else if (feature == Literals.NETWORK__CATALOG) {
			catalog = true;
		} else if (feature == Literals.NETWORK__REQUIRED_FLOWS) {
			policy = true;
		} else if (feature == Literals.NETWORK__DEVICES || feature == Literals.NETWORK__LINKS
				|| feature == Literals.NETWORK__SEGMENTS || feature == Literals.NETWORK__ZONES || feature == Literals.NETWORK__SITES) {
			structure = true;
		}
	}

	private void device(Device device, Object feature) {
		if (feature == Literals.DEVICE__MANUFACTURER) {
			reclassify.add(device);
		} else if (feature == Literals.DEVICE__ROLE) {
			structure = true;
			reclassify.add(device);
		} else if (feature == Literals.DEVICE__ZONE) {
			policy = true;
		} else if (feature == Literals.DEVICE__POLICY) {
			firewalls.add(device);
			policyHolders = true;
		} else if (feature == Literals.DEVICE__SITE || feature == Literals.DEVICE__ROUTING || feature == Literals.DEVICE__INGRESS
				|| feature == Literals.DEVICE__INTERFACES) {
			structure = true;
		} else if (feature != Literals.DEVICE__MODEL && feature != Literals.DEVICE__SERIAL_NUMBER
				&& feature != Literals.DEVICE__FIRMWARE && feature instanceof EStructuralFeature) {
			refind.add(device);
		}
	}

	private void port(Interface port, Object feature) {
		Device device = port.getDevice();
		if (feature == Literals.INTERFACE__MAC) {
			if (device != null) {
				reclassify.add(device);
			}
		} else if (feature instanceof EStructuralFeature && ((EObject) port).eContainer() != null) {
			ports.add(port);
		} else {
			structure = true;
		}
	}
}
