package io.github.netreview.io.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.netreview.analysis.proposals.CreateElement;
import io.github.netreview.analysis.proposals.DeleteElement;
import io.github.netreview.analysis.proposals.ModelEdit;
import io.github.netreview.analysis.proposals.SetValue;
import io.github.netreview.model.edit.ElementIds;

/**
 * The edits that undo a change set, last first: a set value set back, a created element deleted, a deleted element
 * created again from the network before the change (with its single-valued features). An edit of a kind not known
 * here is passed on as it is, and its rollback said to be by hand.
 */
final class InverseEdits {

	private InverseEdits() {
	}

	static List<ModelEdit> of(List<ModelEdit> edits, ElementIds before) {
		List<ModelEdit> inverse = new ArrayList<>();
		for (int i = edits.size() - 1; i >= 0; i--) {
			inverse.add(inverse(edits.get(i), before));
		}
		return inverse;
	}

	private static ModelEdit inverse(ModelEdit edit, ElementIds before) {
		if (edit instanceof SetValue set) {
			return new SetValue(set.element(), set.feature(), set.newValue(), set.oldValue());
		}
		if (edit instanceof CreateElement create) {
			return new DeleteElement(create.id());
		}
		if (edit instanceof DeleteElement delete && before.contains(delete.element())) {
			return recreate(before.get(delete.element()));
		}
		return edit;
	}

	@SuppressWarnings("unchecked")
	private static ModelEdit recreate(EObject element) {
		EObject container = element.eContainer();
		EReference slot = element.eContainmentFeature();
		int index = slot.isMany() ? ((List<EObject>) container.eGet(slot)).indexOf(element) : -1;
		Map<String, String> values = new LinkedHashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isDerived() || feature.isTransient() || !element.eIsSet(feature) || feature.getName().equals("id")
					|| feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
				continue;
			}
			Object value = element.eGet(feature);
			values.put(feature.getName(), feature instanceof EAttribute attribute ? EcoreUtil.convertToString(attribute.getEAttributeType(), value)
					: ElementIds.idOf((EObject) value));
		}
		return new CreateElement(element.eClass().getName(), ElementIds.idOf(element), ElementIds.idOf(container), slot.getName(), index, values);
	}
}
