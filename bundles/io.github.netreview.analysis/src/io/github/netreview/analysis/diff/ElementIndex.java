package io.github.netreview.analysis.diff;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * The elements of one version of a network by key: the network itself under {@link #ROOT}, every element contained
 * in it that has an id under that id, and one without an id (or with an id taken before it) under its place, the
 * container's key, the feature and the position ({@code pol-fw/rules.3}). Values without an id of their own, such as
 * a rule's service, are no elements: they are compared as values of the element that holds them.
 */
final class ElementIndex {

	/** The key of the network itself, whatever its id. */
	static final String ROOT = "";

	/** One element: its key, the key of the element that holds it and the feature it is held in (null for the root). */
	record Entry(String key, EObject element, String containerKey, String feature) {

		/** The key shown for the element: the network's id for the root. */
		String shownId() {
			return key.equals(ROOT) ? FindingKey.idOf(element) : key;
		}
	}

	private final Map<String, Entry> byKey = new LinkedHashMap<>();
	private final Map<EObject, String> keys = new IdentityHashMap<>();

	ElementIndex(Network network) {
		put(new Entry(ROOT, network, null, null));
		walk(network, ROOT);
	}

	/** Whether a containment feature holds elements (with ids) rather than values. */
	static boolean holdsElements(EReference containment) {
		return TopologyPackage.Literals.IDENTIFIED.isSuperTypeOf(containment.getEReferenceType());
	}

	Entry get(String key) {
		return byKey.get(key);
	}

	/** The key of {@code element}, or null when it is not an element of this network. */
	String keyOf(EObject element) {
		return keys.get(element);
	}

	Collection<Entry> entries() {
		return byKey.values();
	}

	private void walk(EObject parent, String parentKey) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (!holdsElements(containment)) {
				continue;
			}
			if (containment.isMany()) {
				List<?> children = (List<?>) parent.eGet(containment);
				for (int i = 0; i < children.size(); i++) {
					place((EObject) children.get(i), parentKey, containment, "." + i);
				}
			} else if (parent.eGet(containment) instanceof EObject child) {
				place(child, parentKey, containment, "");
			}
		}
	}

	private void place(EObject child, String parentKey, EReference containment, String position) {
		String id = ((Identified) child).getId();
		String key = id != null && !id.isBlank() && !byKey.containsKey(id) ? id : parentKey + "/" + containment.getName() + position;
		for (int n = 2; byKey.containsKey(key); n++) {
			key = parentKey + "/" + containment.getName() + position + "#" + n;
		}
		put(new Entry(key, child, parentKey, containment.getName()));
		walk(child, key);
	}

	private void put(Entry entry) {
		byKey.put(entry.key(), entry);
		keys.put(entry.element(), entry.key());
	}
}
