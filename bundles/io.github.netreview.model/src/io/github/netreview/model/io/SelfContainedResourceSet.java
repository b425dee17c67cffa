package io.github.netreview.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A resource set that reaches nothing outside its own model file: it loads no resource on demand, knows only
 * NetReview's packages and opens no URI but its resources' own.
 */
final class SelfContainedResourceSet extends ResourceSetImpl {

	SelfContainedResourceSet() {
		setPackageRegistry(KnownNamespaces.registry());
		setURIConverter(new OwnFilesURIConverter(this));
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		return super.getResource(uri, false);
	}
}
