package io.github.netreview.editor.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.gef.commands.Command;

import io.github.netreview.model.ElementLabels;

/** Sets one feature of a model element from the Properties view; undo puts the old value (or unset state) back. */
public final class SetFeatureCommand extends Command {

	private final EObject element;
	private final EStructuralFeature feature;
	private final Object value;
	private Object old;
	private boolean wasSet;

	public SetFeatureCommand(EObject element, EStructuralFeature feature, Object value) {
		super("Set " + feature.getName() + " of " + ElementLabels.describe(element));
		this.element = element;
		this.feature = feature;
		this.value = value;
	}

	@Override
	public void execute() {
		wasSet = element.eIsSet(feature);
		old = feature.isMany() ? new ArrayList<>((List<?>) element.eGet(feature)) : element.eGet(feature);
		redo();
	}

	@Override
	public void redo() {
		set(value);
	}

	@Override
	public void undo() {
		if (wasSet) {
			set(old);
		} else {
			element.eUnset(feature);
		}
	}

	@SuppressWarnings("unchecked")
	private void set(Object newValue) {
		if (feature.isMany()) {
			List<Object> list = (List<Object>) element.eGet(feature);
			list.clear();
			list.addAll((Collection<?>) newValue);
		} else if (newValue == null) {
			element.eUnset(feature);
		} else {
			element.eSet(feature, newValue);
		}
	}
}
