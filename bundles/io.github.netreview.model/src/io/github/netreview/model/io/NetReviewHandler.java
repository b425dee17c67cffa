package io.github.netreview.model.io;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/** Reads the elements of a model file, refusing whatever a NetReview file cannot hold instead of fetching or skipping it. */
final class NetReviewHandler extends SAXXMIHandler {

	private final Consumer<NetReviewResource.ExternalReference> externalReferences;

	NetReviewHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options,
			Consumer<NetReviewResource.ExternalReference> externalReferences) {
		super(resource, helper, options);
		this.externalReferences = externalReferences;
	}

	/**
	 * EMF looks an unregistered namespace up as a URI (an HTTP GET, or opening a file) to demand-load its package; a
	 * model file knows NetReview's two namespaces only, and any other is refused here without being read.
	 */
	@Override
	protected EPackage getPackageForURI(String namespace) {
		if (namespace == null) {
			return null;
		}
		EPackage known = KnownNamespaces.packageFor(namespace);
		if (known == null) {
			error(new PackageNotFoundException(namespace, getLocation(), getLineNumber(), getColumnNumber()));
		}
		return known;
	}

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		externalReferences.accept(new NetReviewResource.ExternalReference(uriLiteral, getLineNumber()));
		super.handleProxy(proxy, uriLiteral);
	}
}
