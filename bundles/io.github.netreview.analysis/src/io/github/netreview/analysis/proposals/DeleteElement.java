package io.github.netreview.analysis.proposals;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Deletes an element, its contents and every reference to it. */
public record DeleteElement(String element) implements ModelEdit {

	public DeleteElement {
		Objects.requireNonNull(element, "element");
	}

	@Override
	public void apply(ElementIds ids) {
		EObject target = ids.get(element);
		ids.forget(target);
		EcoreUtil.delete(target, true);
	}

	@Override
	public String describe(ElementIds ids) {
		return "delete " + (ids.contains(element) ? ElementLabels.describe(ids.get(element)) : element);
	}
}
