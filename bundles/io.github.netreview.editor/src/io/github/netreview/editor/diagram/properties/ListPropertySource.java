package io.github.netreview.editor.diagram.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Named;

/** A contained list (a device's interfaces, a policy's rules) as expandable entries, one per element. */
public final class ListPropertySource implements IPropertySource {

	private final List<?> elements;
	private final CommandStack commands;

	ListPropertySource(List<?> elements, CommandStack commands) {
		this.elements = elements;
		this.commands = commands;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			EObject element = (EObject) elements.get(i);
			String name = element instanceof Named named && named.getName() != null ? named.getName() : ElementLabels.typeName(element) + " " + (i + 1);
			descriptors.add(new PropertyDescriptor(i, name));
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return new ElementPropertySource((EObject) elements.get((Integer) id), commands);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// entries are edited inside, not reset as a whole
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// entries are edited inside
	}

	@Override
	public String toString() {
		return elements.size() + (elements.size() == 1 ? " entry" : " entries");
	}
}
