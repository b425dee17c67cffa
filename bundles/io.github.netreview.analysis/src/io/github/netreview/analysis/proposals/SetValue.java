package io.github.netreview.analysis.proposals;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;

/** Sets one single-valued feature of an element from {@code oldValue} to {@code newValue} (texts; ids for references). */
public record SetValue(String element, String feature, String oldValue, String newValue) implements ModelEdit {

	public SetValue {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(feature, "feature");
	}

	@Override
	public void apply(ElementIds ids) {
		EObject target = ids.get(element);
		String current = FeatureValues.textOf(target, feature);
		if (!Objects.equals(current, oldValue)) {
			throw new ProposalException(ElementLabels.describe(target) + " has " + feature + " " + quote(current) + ", the proposal expects "
					+ quote(oldValue));
		}
		FeatureValues.set(target, feature, newValue, ids);
	}

	@Override
	public String describe(ElementIds ids) {
		EObject target = ids.contains(element) ? ids.get(element) : null;
		String subject = target == null ? element : ElementLabels.describe(target);
		return "set " + feature + " of " + subject + " from " + name(oldValue, ids) + " to " + name(newValue, ids);
	}

	private static String name(String value, ElementIds ids) {
		return value != null && ids.contains(value) ? ElementLabels.describe(ids.get(value)) : quote(value);
	}

	private static String quote(String value) {
		return value == null ? "nothing" : "'" + value + "'";
	}
}
