package io.github.netreview.analysis.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.ElementLabels;

/**
 * The value of one feature of an element, two ways: {@link #key}, what is compared (an attribute's value, a reference
 * by the target's key, so renaming a zone changes no device), and {@link #text}, what is shown (references by type,
 * name and id). Both are null when the feature is unset or empty.
 */
final class FeatureValues {

	private FeatureValues() {
	}

	/** What two versions of the feature are compared by. */
	static Object key(EObject element, EStructuralFeature feature, ElementIndex index) {
		if (feature.isUnsettable() && !element.eIsSet(feature)) {
			return null;
		}
		Object value = element.eGet(feature);
		if (!feature.isMany()) {
			return value == null ? null : keyOf(feature, value, index);
		}
		List<?> values = (List<?>) value;
		if (values.isEmpty()) {
			return null;
		}
		List<Object> keys = new ArrayList<>(values.size());
		for (Object each : values) {
			keys.add(keyOf(feature, each, index));
		}
		return keys;
	}

	/** The feature as text: an attribute as a file writes it, several values joined; a reference by type, name and id. */
	static String text(EObject element, EStructuralFeature feature) {
		if (feature.isUnsettable() && !element.eIsSet(feature)) {
			return null;
		}
		Object value = element.eGet(feature);
		List<?> values = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
		if (values.isEmpty()) {
			return null;
		}
		List<String> texts = new ArrayList<>(values.size());
		for (Object each : values) {
			texts.add(isCrossReference(feature) ? ElementLabels.describe((EObject) each) : valueText(feature, each));
		}
		return String.join(feature instanceof EReference ? "; " : ", ", texts);
	}

	private static Object keyOf(EStructuralFeature feature, Object value, ElementIndex index) {
		if (feature instanceof EAttribute) {
			return value;
		}
		if (isCrossReference(feature)) {
			String key = index.keyOf((EObject) value);
			return key != null ? key : FindingKey.idOf((EObject) value);
		}
		return valueText(feature, value);
	}

	private static boolean isCrossReference(EStructuralFeature feature) {
		return feature instanceof EReference reference && !reference.isContainment();
	}

	/** An attribute's value as a file writes it; a contained value such as a service as its values in braces. */
	private static String valueText(EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		EObject object = (EObject) value;
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature inner : object.eClass().getEAllStructuralFeatures()) {
			if (inner.isDerived() || inner.isTransient() || inner instanceof EReference reference && reference.isContainer()
					|| inner.isUnsettable() && !object.eIsSet(inner)) {
				continue;
			}
			Object innerValue = object.eGet(inner);
			List<?> values = inner.isMany() ? (List<?>) innerValue : innerValue == null ? List.of() : List.of(innerValue);
			List<String> texts = new ArrayList<>();
			for (Object each : values) {
				texts.add(isCrossReference(inner) ? FindingKey.idOf((EObject) each) : valueText(inner, each));
			}
			if (!texts.isEmpty()) {
				parts.add(inner.getName() + "=" + String.join(", ", texts));
			}
		}
		return "{" + String.join(", ", parts) + "}";
	}
}
