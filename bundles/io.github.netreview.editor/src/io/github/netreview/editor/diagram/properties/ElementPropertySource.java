package io.github.netreview.editor.diagram.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.github.netreview.editor.diagram.commands.SetFeatureCommand;
import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Network;

/**
 * Every feature of a model element in the Properties view: attributes as text (lists comma-separated), enumerations
 * and booleans as choices, references to zones, sites and other named elements as a choice among the network's,
 * and contained elements (interfaces, policy, rules, services) as nested, expandable entries. Each change is a
 * command on the editor's stack, so undo and redo cover it; text that does not parse is refused and nothing changes.
 */
public final class ElementPropertySource implements IPropertySource {

	private static final String NONE = "(none)";

	private final EObject element;
	private final CommandStack commands;

	public ElementPropertySource(EObject element, CommandStack commands) {
		this.element = element;
		this.commands = commands;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature instanceof EReference reference && reference.isContainer()) {
				continue;
			}
			descriptors.add(descriptor(feature));
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	private IPropertyDescriptor descriptor(EStructuralFeature feature) {
		String name = feature.getName();
		PropertyDescriptor descriptor;
		if (feature instanceof EReference reference && reference.isContainment()) {
			descriptor = new PropertyDescriptor(feature, name);
		} else if (feature instanceof EReference reference) {
			descriptor = reference.isMany() ? new PropertyDescriptor(feature, name)
					: new ComboBoxPropertyDescriptor(feature, name, choices(candidates(reference.getEReferenceType())));
		} else if (feature.getEType() instanceof EEnum enumeration) {
			descriptor = new ComboBoxPropertyDescriptor(feature, name,
					enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
		} else if (feature.getEType().getInstanceClass() == boolean.class) {
			descriptor = new ComboBoxPropertyDescriptor(feature, name, new String[] { "false", "true" });
		} else {
			descriptor = new TextPropertyDescriptor(feature, name);
		}
		descriptor.setCategory(feature instanceof EReference reference && reference.isContainment() ? "Contents" : "Attributes");
		return descriptor;
	}

	private static String[] choices(List<EObject> candidates) {
		List<String> names = new ArrayList<>();
		names.add(NONE);
		candidates.forEach(candidate -> names.add(ElementLabels.describe(candidate)));
		return names.toArray(new String[0]);
	}

	private List<EObject> candidates(EClass type) {
		List<EObject> result = new ArrayList<>();
		EObject root = EcoreUtil.getRootContainer(element);
		if (root instanceof Network network) {
			network.eAllContents().forEachRemaining(candidate -> {
				if (type.isInstance(candidate) && candidate instanceof Named) {
					result.add(candidate);
				}
			});
		}
		return result;
	}

	@Override
	public Object getPropertyValue(Object id) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object value = element.eGet(feature);
		if (feature instanceof EReference reference && reference.isContainment()) {
			return reference.isMany() ? new ListPropertySource((List<?>) value, commands) : value == null ? "" : new ElementPropertySource((EObject) value, commands);
		}
		if (feature instanceof EReference reference) {
			if (reference.isMany()) {
				return String.join(", ", ((List<?>) value).stream().map(v -> ElementLabels.describe((EObject) v)).toList());
			}
			return Math.max(0, candidates(reference.getEReferenceType()).indexOf(value) + 1);
		}
		if (feature.getEType() instanceof EEnum enumeration) {
			return enumeration.getELiterals().indexOf(enumeration.getEEnumLiteralByLiteral(String.valueOf(value)));
		}
		if (feature.getEType().getInstanceClass() == boolean.class) {
			return Boolean.TRUE.equals(value) ? 1 : 0;
		}
		if (feature.isMany()) {
			return String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList());
		}
		return value == null ? "" : EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object newValue;
		try {
			newValue = parse(feature, value);
		} catch (RuntimeException e) {
			return; // not a value of this feature: the model's validator names such text, the editor just refuses it
		}
		Object current = element.eGet(feature);
		if (feature.isMany() ? !current.equals(newValue) : !Objects.equals(current, newValue)) {
			commands.execute(new SetFeatureCommand(element, feature, newValue));
		}
	}

	private Object parse(EStructuralFeature feature, Object value) {
		if (feature instanceof EReference reference) {
			int index = (Integer) value;
			return index <= 0 ? null : candidates(reference.getEReferenceType()).get(index - 1);
		}
		if (feature.getEType() instanceof EEnum enumeration) {
			return EcoreUtil.createFromString(enumeration, enumeration.getELiterals().get((Integer) value).getLiteral());
		}
		if (feature.getEType().getInstanceClass() == boolean.class) {
			return (Integer) value == 1;
		}
		String text = ((String) value).strip();
		EAttribute attribute = (EAttribute) feature;
		if (feature.isMany()) {
			return text.isEmpty() ? List.of()
					: Arrays.stream(text.split(",")).map(String::strip).map(t -> EcoreUtil.createFromString(attribute.getEAttributeType(), t)).toList();
		}
		return text.isEmpty() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), text);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return element.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		EStructuralFeature feature = (EStructuralFeature) id;
		if (element.eIsSet(feature) && !(feature instanceof EReference reference && reference.isContainment())) {
			commands.execute(new SetFeatureCommand(element, feature, feature.isMany() ? List.of() : null));
		}
	}

	@Override
	public String toString() {
		return ElementLabels.describe(element);
	}
}
