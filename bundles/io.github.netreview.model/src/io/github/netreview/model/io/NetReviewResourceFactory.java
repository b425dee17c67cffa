package io.github.netreview.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates resources for {@code *.netreview} files; registered for that extension under OSGi and by {@code NetReviewModel.initStandalone()}. */
public class NetReviewResourceFactory extends ResourceFactoryImpl {

	public static final String EXTENSION = "netreview";

	@Override
	public Resource createResource(URI uri) {
		return new NetReviewResource(uri);
	}
}
