package io.github.netreview.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** A resource set that never loads a resource on demand, so a reference in a file cannot make NetReview read a URL. */
final class SelfContainedResourceSet extends ResourceSetImpl {

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		return super.getResource(uri, false);
	}
}
