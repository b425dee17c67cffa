package io.github.netreview.model.io;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

import io.github.netreview.model.topology.Network;

/** Reads the elements of a model file, refusing whatever a NetReview file cannot hold instead of fetching or skipping it. */
final class NetReviewHandler extends SAXXMIHandler {

	private final Consumer<NetReviewResource.ExternalReference> externalReferences;
	private boolean hasNetwork;

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

	/** EMF keeps the text of elements that hold a value and silently drops any other; a model file has none. */
	@Override
	public void characters(char[] characters, int start, int length) {
		if (text == null && !isError() && !isBlank(characters, start, length)) {
			String chunk = new String(characters, start, length);
			TextPosition where = TextPosition.of(chunk, getLineNumber(), getColumnNumber());
			error(new Refusal("text '" + Excerpt.of(chunk.strip()) + "' inside <" + elements.peek()
					+ ">, where a model file has only elements and attributes", getLocation(), where.line(), where.column()));
		}
		super.characters(characters, start, length);
	}

	@Override
	protected void processTopObject(EObject object) {
		if (object instanceof Network) {
			if (hasNetwork) {
				error(new Refusal("a file holds one network; a second one starts at line " + getLineNumber(), getLocation(),
					getLineNumber(), getColumnNumber()));
			}
			hasNetwork = true;
		}
		super.processTopObject(object);
	}

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		externalReferences.accept(new NetReviewResource.ExternalReference(uriLiteral, getLineNumber()));
		super.handleProxy(proxy, uriLiteral);
	}

	private static boolean isBlank(char[] characters, int start, int length) {
		for (int i = start; i < start + length; i++) {
			if (!Character.isWhitespace(characters[i])) {
				return false;
			}
		}
		return true;
	}
}
