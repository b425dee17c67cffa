package io.github.netreview.model.io;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Network;

/** Reads the elements of a model file, refusing whatever a NetReview file cannot hold instead of fetching or skipping it. */
final class NetReviewHandler extends SAXXMIHandler {

	private final Consumer<NetReviewResource.ExternalReference> externalReferences;
	private final NestingLimit nesting = new NestingLimit();
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

	@Override
	public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
		if (!nesting.enter()) {
			refuse("elements are nested more than " + NestingLimit.LEVELS + " levels deep");
			throw new SAXException("nesting limit"); // stops reading: the refusal above is what gets reported
		}
		super.startElement(uri, localName, name, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String name) {
		nesting.leave();
		super.endElement(uri, localName, name);
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
				refuse("a file holds one network; a second one starts at line " + getLineNumber());
			}
			hasNetwork = true;
		}
		super.processTopObject(object);
	}

	/** Checks each reference names an element of the referenced type before EMF sets it, to say which and where. */
	@Override
	protected void handleForwardReferences(boolean isEndDocument) {
		if (isEndDocument) {
			for (SingleReference reference : forwardSingleReferences) {
				checkType(reference.getFeature(), reference.getValue(), reference.getLineNumber(), reference.getColumnNumber());
			}
			for (ManyReference reference : forwardManyReferences) {
				for (Object id : reference.getValues()) {
					checkType(reference.getFeature(), id, reference.getLineNumber(), reference.getColumnNumber());
				}
			}
		}
		super.handleForwardReferences(isEndDocument);
	}

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		externalReferences.accept(new NetReviewResource.ExternalReference(uriLiteral, getLineNumber()));
		super.handleProxy(proxy, uriLiteral);
	}

	private void checkType(EStructuralFeature feature, Object id, int line, int column) {
		EObject target = id instanceof String name ? xmlResource.getEObject(name) : null;
		if (target != null && !feature.getEType().isInstance(target)) {
			error(new Refusal(feature.getName() + " '" + Excerpt.of((String) id) + "' is " + withArticle(ElementLabels.typeName(target))
					+ ", not " + withArticle(ElementLabels.typeName((EClass) feature.getEType())), getLocation(), line, column));
		}
	}

	private void refuse(String problem) {
		error(new Refusal(problem, getLocation(), getLineNumber(), getColumnNumber()));
	}

	private static String withArticle(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
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
