package io.github.netreview.report;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.analysis.coverage.Gap;
import io.github.netreview.model.ElementLabels;

/** The elements of a coverage gap in words, the first few of many: "device 'a' (dev-1), device 'b' (dev-2) and 40 more". */
public final class CoverageElements {

	private CoverageElements() {
	}

	public static String listed(Gap gap, int shown) {
		List<EObject> elements = gap.elements();
		String named = elements.stream().limit(shown).map(ElementLabels::describe).collect(Collectors.joining(", "));
		return elements.size() > shown ? named + " and " + (elements.size() - shown) + " more" : named;
	}
}
