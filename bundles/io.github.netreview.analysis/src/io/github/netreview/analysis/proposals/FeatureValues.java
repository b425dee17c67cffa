package io.github.netreview.analysis.proposals;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Single-valued features of model elements as text: attributes in their literal form, references as target ids. */
final class FeatureValues {

	private FeatureValues() {
	}

	static EStructuralFeature feature(EObject element, String name) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		if (feature == null || feature.isMany() || feature instanceof EReference reference && reference.isContainment()) {
			throw new ProposalException(element.eClass().getName() + " has no single-valued feature '" + name + "' a proposal can set");
		}
		return feature;
	}

	/** The feature's value as text, null when unset. */
	static String textOf(EObject element, String name) {
		EStructuralFeature feature = feature(element, name);
		Object value = element.eGet(feature);
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		return ElementIds.idOf((EObject) value);
	}

	/** Sets the feature from text (null unsets it), references looked up in {@code ids}. */
	static void set(EObject element, String name, String text, ElementIds ids) {
		EStructuralFeature feature = feature(element, name);
		if (text == null) {
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
