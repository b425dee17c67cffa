package io.github.netreview.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Named;

/** Human-readable names of model elements for messages: type, name and id, such as segment 'CCTV' (seg-12). */
public final class ElementLabels {

	private static final Map<EClass, String> TYPE_NAMES = new ConcurrentHashMap<>();

	private ElementLabels() {
	}

	public static String describe(EObject element) {
		if (element == null) {
			return "nothing";
		}
		StringBuilder label = new StringBuilder(typeName(element));
		String name = element instanceof Named named ? named.getName() : null;
		if (element instanceof Interface port && port.getDevice() != null) {
			label.append(" '").append(name(port.getDevice())).append(' ').append(name == null ? "?" : name).append('\'');
		} else if (name != null && !name.isBlank()) {
			label.append(" '").append(name).append('\'');
		}
		String id = element instanceof Identified identified ? identified.getId() : null;
		if (id != null) {
			label.append(" (").append(id).append(')');
		}
		return label.toString();
	}

	/** The element's name, or when it has none its type and id: "cam-1", or "device (dev-17)" for an unnamed device. */
	public static String name(EObject element) {
		if (element == null) {
			return "nothing";
		}
		String name = element instanceof Named named ? named.getName() : null;
		if (name != null && !name.isBlank()) {
			return name;
		}
		String id = element instanceof Identified identified ? identified.getId() : null;
		return id == null ? typeName(element) : typeName(element) + " (" + id + ")";
	}

	/** The element's name in quotes, or when it has none its id in brackets: "'Core'", or "(zone-1)" for an unnamed zone. */
	public static String quotedName(EObject element) {
		String name = element instanceof Named named ? named.getName() : null;
		if (name != null && !name.isBlank()) {
			return "'" + name + "'";
		}
		String id = element instanceof Identified identified ? identified.getId() : null;
		return id == null ? "(no name, no id)" : "(" + id + ")";
	}

	/** The element's type in lower-case words: "firewall rule" for FirewallRule. */
	public static String typeName(EObject element) {
		return typeName(element.eClass());
	}

	/** The type in lower-case words: "firewall rule" for FirewallRule. */
	public static String typeName(EClass type) {
		return TYPE_NAMES.computeIfAbsent(type,
				t -> t.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
	}
}
