package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * Translates a list of edits into per-device configuration: {@code base} is the network the edits start from and
 * {@code result} the same network with them made (elements correspond by id). The change runs it from the network
 * to the changed copy; the rollback runs the inverse edits from the copy back to the network.
 */
final class Translation {

	final Network base;
	final Network result;
	final ElementIds baseIds;
	final ElementIds resultIds;
	final AclNames aclNames;
	final Set<String> created = new HashSet<>();
	final Set<String> deleted = new HashSet<>();
	/** Rules whose entries a change has already rewritten (so their other edits need no second rewrite). */
	final Set<String> rulesRewritten = new HashSet<>();
	private final Map<String, DeviceScript> scripts = new LinkedHashMap<>();
	private final DeviceScript model = new DeviceScript();
	private Ingress baseIngress;
	private Ingress resultIngress;
	private Map<Interface, List<Link>> baseLinks;
	private Map<Interface, List<Link>> resultLinks;

	Translation(Network base, Network result, AclNames aclNames) {
		this.base = base;
		this.result = result;
		this.baseIds = ElementIds.of(base);
		this.resultIds = ElementIds.of(result);
		this.aclNames = aclNames;
	}

	/** The configuration per device for {@code edits}, each line tagged with {@code tags[i]} for the i-th edit. */
	List<DeviceConfig> run(List<ModelEdit> edits, int[] tags) {
		for (ModelEdit edit : edits) {
			if (edit instanceof CreateElement create) {
				created.add(create.id());
			} else if (edit instanceof DeleteElement delete) {
				deleted.add(delete.element());
			}
		}
		for (int i = 0; i < edits.size(); i++) {
			EditTranslator.translate(edits.get(i), tags[i], this);
		}
		return configs();
	}

	/** The element with {@code id} before the edits, or null. */
	EObject inBase(String id) {
		return id != null && baseIds.contains(id) ? baseIds.get(id) : null;
	}

	/** The element with {@code id} after the edits, or null. */
	EObject inResult(String id) {
		return id != null && resultIds.contains(id) ? resultIds.get(id) : null;
	}

	/** The element after the edits, or before them when they delete it. */
	EObject either(String id) {
		EObject element = inResult(id);
		return element != null ? element : inBase(id);
	}

	/** A value of {@code feature} of {@code element} as a comment shows it: a referenced element by its label; null as (none). */
	String shown(EObject element, String feature, String value) {
		if (value == null) {
			return "(none)";
		}
		boolean reference = element.eClass().getEStructuralFeature(feature) instanceof EReference;
		EObject target = reference ? either(value) : null;
		return target == null ? IosText.shown(value) : Devices.named(target);
	}

	/** The script of {@code device}, or the model's when there is no device. */
	DeviceScript script(Device device) {
		return device == null ? model : scripts.computeIfAbsent(device.getId(), id -> new DeviceScript());
	}

	DeviceScript model() {
		return model;
	}

	/** Finds the ports facing a rule's sources in the network before (for what is removed) or after (for what is added). */
	Ingress ingress(boolean after) {
		if (after) {
			return resultIngress == null ? resultIngress = new Ingress(result) : resultIngress;
		}
		return baseIngress == null ? baseIngress = new Ingress(base) : baseIngress;
	}

	/** The links at {@code port} before or after the edits (indexed once: retags and replacements ask for many ports). */
	List<Link> links(Interface port, boolean after) {
		if (after && resultLinks == null) {
			resultLinks = linksByInterface(result);
		} else if (!after && baseLinks == null) {
			baseLinks = linksByInterface(base);
		}
		return (after ? resultLinks : baseLinks).getOrDefault(port, List.of());
	}

	private static Map<Interface, List<Link>> linksByInterface(Network network) {
		Map<Interface, List<Link>> links = new HashMap<>();
		for (Link link : network.getLinks()) {
			links.computeIfAbsent(link.getEndA(), k -> new ArrayList<>()).add(link);
			links.computeIfAbsent(link.getEndB(), k -> new ArrayList<>()).add(link);
		}
		return links;
	}

	/** The scripts in the order of the devices in the base network, then devices only in the result, then the model's. */
	private List<DeviceConfig> configs() {
		List<DeviceConfig> configs = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (Network network : List.of(base, result)) {
			for (Device device : network.getDevices()) {
				DeviceScript script = scripts.get(device.getId());
				if (script != null && !script.isEmpty() && done.add(device.getId())) {
					Device shown = inResult(device.getId()) instanceof Device after ? after : device;
					configs.add(new DeviceConfig(ElementLabels.name(shown), shown.getId(), Devices.about(shown), script.lines(preamble(shown))));
				}
			}
		}
		if (!model.isEmpty()) {
			configs.add(new DeviceConfig("network model", null, "changes no device configuration carries", model.lines(List.of())));
		}
		return configs;
	}

	/** What to say before a device's commands: that they are IOS for a device of another make, or a new one. */
	private List<String> preamble(Device device) {
		if (inBase(device.getId()) == null) {
			return List.of("a new device: these are Cisco IOS commands; enter their equivalent for the make chosen");
		}
		if (Devices.otherMake(device)) {
			String make = device.getManufacturer() == null ? "an unrecorded make" : device.getManufacturer();
			return List.of("made by " + make + ": these are Cisco IOS commands; enter their equivalent");
		}
		return List.of();
	}
}
