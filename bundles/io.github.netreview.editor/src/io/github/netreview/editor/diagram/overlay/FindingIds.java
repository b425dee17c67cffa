package io.github.netreview.editor.diagram.overlay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.findings.Finding;
import io.github.netreview.analysis.findings.Rule;
import io.github.netreview.analysis.findings.Severity;
import io.github.netreview.model.edit.ElementIds;

/** The ids of what a finding is about: every element of its path, or its elements when it has no path. */
public final class FindingIds {

	private FindingIds() {
	}

	public static Set<String> of(Finding finding) {
		Set<String> ids = new LinkedHashSet<>();
		for (EObject element : finding.path().isEmpty() ? finding.elements() : finding.path()) {
			String id = ElementIds.idOf(element);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** The ids of the first critical finding that is not waived, empty when there is none. */
	static Set<String> firstCritical(List<Finding> findings) {
		return findings.stream().filter(f -> f.severity() == Severity.CRITICAL && !f.waived()).findFirst().map(FindingIds::of)
				.orElse(Set.of());
	}

	/** The ids of the path of the core finding about the device with id {@code subject}, empty when there is none. */
	static Set<String> coreFindingOf(List<Finding> findings, String subject) {
		return findings.stream().filter(f -> (f.rule() == Rule.RESTRICTED_PATH_TO_CORE || f.rule() == Rule.RESTRICTED_DEVICE_IN_CORE)
				&& subject.equals(ElementIds.idOf(f.subject()))).findFirst().map(FindingIds::of).orElse(Set.of());
	}
}
