package io.github.netreview.analysis.findings;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Waiver;

/**
 * One result of the analysis as a plain value: the rule, its severity, a message naming the elements, the elements
 * (the device first), the witness path and the services it carries when there is one, the legal basis, and the
 * waiver that covers it if any.
 */
public record Finding(Rule rule, String message, List<EObject> elements, List<EObject> path, String services,
		List<LegalBasis> legalBasis, Waiver waiver) {

	public Finding {
		elements = List.copyOf(elements);
		path = List.copyOf(path);
		legalBasis = List.copyOf(legalBasis);
	}

	public Severity severity() {
		return rule.severity();
	}

	public boolean waived() {
		return waiver != null;
	}

	/** The element the finding is about (a device, or a waiver). */
	public EObject subject() {
		return elements.get(0);
	}

	Finding withWaiver(Waiver covering) {
		return new Finding(rule, message, elements, path, services, legalBasis, covering);
	}
}
