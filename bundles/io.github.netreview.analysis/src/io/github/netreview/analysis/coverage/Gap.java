package io.github.netreview.analysis.coverage;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Severity;

/** One kind of thing the analysis could not judge, with the elements it concerns (all of them, in model order). */
public record Gap(GapKind kind, List<EObject> elements) {

	public Gap {
		elements = List.copyOf(elements);
	}

	public Severity severity() {
		return kind.severity();
	}

	/** "3 cameras have no enabled cable: paths not judged (...)". */
	public String summary() {
		return elements.size() + " " + (elements.size() == 1 ? kind.one() : kind.many()) + ": " + kind.consequence();
	}
}
