package io.github.netreview.analysis.proposals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.edit.ElementIds;
import io.github.netreview.model.topology.TopologyPackage;

/**
 * Creates an element of {@code type} with {@code id} in the containment {@code feature} of {@code container} (at
 * {@code index}, or at the end when -1), with single-valued features set from {@code values}.
 */
public record CreateElement(String type, String id, String container, String feature, int index, Map<String, String> values)
		implements ModelEdit {

	public CreateElement {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(container, "container");
		Objects.requireNonNull(feature, "feature");
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	@Override
	public String element() {
		return id;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void apply(ElementIds ids) {
		if (ids.contains(id)) {
			throw new ProposalException("the network already has an element with id '" + id + "'");
		}
		EObject parent = ids.get(container);
		EStructuralFeature slot = parent.eClass().getEStructuralFeature(feature);
		if (!(slot instanceof EReference reference) || !reference.isContainment()) {
			throw new ProposalException(parent.eClass().getName() + " has no containment '" + feature + "'");
		}
		EObject created = EcoreUtil.create(eClass());
		created.eSet(created.eClass().getEStructuralFeature("id"), id);
		values.forEach((name, text) -> FeatureValues.set(created, name, text, ids));
		if (reference.isMany()) {
			List<EObject> list = (List<EObject>) parent.eGet(reference);
			list.add(index < 0 || index > list.size() ? list.size() : index, created);
		} else if (parent.eGet(reference) != null) {
			throw new ProposalException(ElementLabels.describe(parent) + " already has a " + feature);
		} else {
			parent.eSet(reference, created);
		}
		ids.register(created);
	}

	private EClass eClass() {
		if (!(TopologyPackage.eINSTANCE.getEClassifier(type) instanceof EClass eClass) || eClass.isAbstract()) {
			throw new ProposalException("no element type '" + type + "'");
		}
		return eClass;
	}

	@Override
	public String describe(ElementIds ids) {
		String name = values.get("name");
		String parent = ids.contains(container) ? ElementLabels.describe(ids.get(container)) : container;
		StringBuilder text = new StringBuilder("add ").append(ElementLabels.typeName(EcoreUtil.create(eClass())));
		if (name != null) {
			text.append(" '").append(name).append('\'');
		}
		text.append(" (").append(id).append(") to ").append(parent);
		values.forEach((key, value) -> {
			if (!key.equals("name")) {
				text.append(", ").append(key).append(' ').append(ids.contains(value) ? ElementLabels.describe(ids.get(value)) : value);
			}
		});
		return text.toString();
	}
}
