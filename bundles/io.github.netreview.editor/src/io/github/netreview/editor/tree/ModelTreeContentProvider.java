package io.github.netreview.editor.tree;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Shows a model file as its containment tree: the network and diagrams, then everything they contain. */
final class ModelTreeContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Resource resource ? resource.getContents().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof EObject element ? element.eContents().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof EObject object) {
			return object.eContainer() != null ? object.eContainer() : object.eResource();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof EObject object && !object.eContents().isEmpty();
	}
}
