package io.github.netreview.analysis.findings;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.topology.Waiver;

/**
 * One result of the analysis as a plain value: the rule, its severity, a message naming the elements, the elements
 * (the device first), the witness path and the services it carries when there is one, the legal basis, the waiver
 * that covers it if any, and the configuration that causes it when the analysis can name it (the access port's
 * VLAN, each trunk carrying it).
 */
public record Finding(Rule rule, String message, List<EObject> elements, List<EObject> path, String services,
		List<LegalBasis> legalBasis, Waiver waiver, List<String> cause) {

	public Finding {
		elements = List.copyOf(elements);
		path = List.copyOf(path);
		legalBasis = List.copyOf(legalBasis);
		cause = List.copyOf(cause);
	}

	/** A finding whose cause is not spelled out beyond its message and path. */
	public Finding(Rule rule, String message, List<EObject> elements, List<EObject> path, String services,
			List<LegalBasis> legalBasis, Waiver waiver) {
		this(rule, message, elements, path, services, legalBasis, waiver, List.of());
	}

	public Severity severity() {
		return rule.severity();
	}

	public boolean waived() {
		return waiver != null;
	}

	/** The element the finding is about (a device, a waiver, or the network). */
	public EObject subject() {
		return elements.get(0);
	}

	Finding withWaiver(Waiver covering) {
		return new Finding(rule, message, elements, path, services, legalBasis, covering, cause);
	}
}
