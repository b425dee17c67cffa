package io.github.netreview.analysis.proposals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.edit.ElementIds;

/**
 * Features of model elements as text: single-valued attributes in their literal form, references as target ids, and
 * lists of values (such as an interface's addresses) as their values joined by {@value #SEPARATOR}.
 */
final class FeatureValues {

	/** Between the values of a list; no value a list holds (addresses, prefixes) contains a comma. */
	static final String SEPARATOR = ", ";

	private FeatureValues() {
	}

	static EStructuralFeature feature(EObject element, String name) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		if (feature == null || feature instanceof EReference reference && (reference.isContainment() || reference.isMany())) {
			throw new ProposalException(element.eClass().getName() + " has no feature '" + name + "' a proposal can set");
		}
		return feature;
	}

	/** Whether the feature holds a list of values. */
	static boolean isList(EObject element, String name) {
		return feature(element, name).isMany();
	}

	/** The feature's value as text, null when unset (or an empty list). */
	static String textOf(EObject element, String name) {
		EStructuralFeature feature = feature(element, name);
		Object value = element.eGet(feature);
		if (feature.isMany()) {
			List<String> texts = new ArrayList<>();
			for (Object item : (List<?>) value) {
				texts.add(EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), item));
			}
			return texts.isEmpty() ? null : String.join(SEPARATOR, texts);
		}
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		return ElementIds.idOf((EObject) value);
	}

	/** Sets the feature from text (null unsets it or empties the list), references looked up in {@code ids}. */
	@SuppressWarnings("unchecked")
	static void set(EObject element, String name, String text, ElementIds ids) {
		EStructuralFeature feature = feature(element, name);
		if (feature.isMany()) {
			List<Object> values = new ArrayList<>();
			if (text != null) {
				for (String item : text.split(",")) {
					if (!item.isBlank()) {
						values.add(EcoreUtil.createFromString(((EAttribute) feature).getEAttributeType(), item.strip()));
					}
				}
			}
			List<Object> list = (List<Object>) element.eGet(feature);
			list.clear();
			list.addAll(values);
		} else if (text == null) {
			element.eUnset(feature);
		} else if (feature instanceof EAttribute attribute) {
			element.eSet(feature, EcoreUtil.createFromString(attribute.getEAttributeType(), text));
		} else {
			EObject target = ids.get(text);
			if (!((EReference) feature).getEReferenceType().isInstance(target)) {
				throw new ProposalException("'" + text + "' is a " + target.eClass().getName() + ", not a "
						+ ((EReference) feature).getEReferenceType().getName() + " for " + name);
			}
			element.eSet(feature, target);
		}
	}
}
