package io.github.netreview.interchange.netbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.interchange.text.StorableText;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;

/**
 * The gate before a model is written: it must hold only text a model file can store, and validate as netreview validate
 * would, links that fail being dropped.
 */
final class ModelCheck {

	private ModelCheck() {
	}

	static void run(Network network, Map<EObject, String> origins, ImportReport report) throws NetboxException {
		storable(network, origins);
		for (Diagnostic problem : errors(network)) {
			if (subject(problem) instanceof Link link && link.eContainer() != null) {
				EcoreUtil.remove(link);
				report.record(origins.getOrDefault(link, link.getId()) + ": " + problem.getMessage() + "; not imported");
			}
		}
		List<Diagnostic> left = errors(network);
		if (!left.isEmpty()) {
			Diagnostic first = left.get(0);
			String origin = origins.get(subject(first));
			throw new NetboxException("the imported network does not validate: " + (origin == null ? "" : origin + ": ") + first.getMessage()
					+ (left.size() > 1 ? " (and " + (left.size() - 1) + " more)" : "") + "; no model written");
		}
	}

	/** Refuses a NUL or another character XML forbids, which would make a model file nobody can read again. */
	private static void storable(Network network, Map<EObject, String> origins) throws NetboxException {
		for (Iterator<EObject> all = EcoreUtil.getAllContents(List.of(network)); all.hasNext();) {
			EObject element = all.next();
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				for (Object value : values(element, attribute)) {
					int bad = value instanceof String text ? StorableText.firstUnstorable(text) : -1;
					if (bad >= 0) {
						String origin = origins.getOrDefault(element, ElementLabels.describe(element));
						throw new NetboxException(origin + ": " + attribute.getName() + " holds the character " + String.format(Locale.ROOT, "U+%04X",
								((String) value).codePointAt(bad)) + ", which a model file cannot store; no model written");
					}
				}
			}
		}
	}

	private static List<?> values(EObject element, EAttribute attribute) {
		Object value = element.eGet(attribute);
		return attribute.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
	}

	private static List<Diagnostic> errors(Network network) {
		List<Diagnostic> errors = new ArrayList<>();
		for (Diagnostic problem : Diagnostician.INSTANCE.validate(network).getChildren()) {
			if (problem.getSeverity() >= Diagnostic.ERROR) {
				errors.add(problem);
			}
		}
		return errors;
	}

	private static Object subject(Diagnostic problem) {
		return problem.getData().isEmpty() ? null : problem.getData().get(0);
	}
}
