package io.github.netreview.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.topology.Identified;

/** Gives every identified element without an id a readable, deterministic one: {@code dev-17}, {@code if-42}. */
public final class IdAssigner {

	private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("Network", "net"),
			Map.entry("Segment", "seg"), Map.entry("Device", "dev"), Map.entry("Interface", "if"),
			Map.entry("FirewallPolicy", "policy"), Map.entry("FirewallRule", "rule"),
			Map.entry("RestrictedVendor", "vendor"), Map.entry("RequiredFlow", "flow"));

	private IdAssigner() {
	}

	/** The id prefix for elements of this class: {@code dev} for Device, {@code zone} for Zone. */
	public static String prefixOf(EObject element) {
		String className = element.eClass().getName();
		return PREFIXES.getOrDefault(className, className.toLowerCase(Locale.ROOT));
	}

	public static void assignMissing(Resource resource) {
		assignMissing(resource.getAllContents());
	}

	/** Gives ids to {@code root} and everything it contains that lack one. */
	public static void assignMissing(EObject root) {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		assignMissing(all.iterator());
	}

	private static void assignMissing(Iterator<EObject> elements) {
		Map<String, Integer> highest = new HashMap<>();
		List<Identified> missing = new ArrayList<>();
		for (Iterator<EObject> it = elements; it.hasNext();) {
			if (it.next() instanceof Identified element) {
				if (element.getId() == null || element.getId().isBlank()) {
					missing.add(element);
				} else {
					recordNumber(element.getId(), highest);
				}
			}
		}
		for (Identified element : missing) {
			String prefix = prefixOf(element);
			int next = highest.merge(prefix, 1, Integer::sum);
			element.setId(prefix + "-" + next);
		}
	}

	private static void recordNumber(String id, Map<String, Integer> highest) {
		int dash = id.lastIndexOf('-');
		if (dash <= 0 || dash == id.length() - 1) {
			return;
		}
		String suffix = id.substring(dash + 1);
		if (suffix.length() > 9 || !suffix.chars().allMatch(Character::isDigit)) {
			return;
		}
		highest.merge(id.substring(0, dash), Integer.parseInt(suffix), Math::max);
	}
}
