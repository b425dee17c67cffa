package io.github.netreview.model.io;

import java.nio.file.Path;


import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

/** Turns what EMF and the XML parser report about a broken file into one {@link ModelLoadException} a user can act on. */
final class LoadErrors {

	private LoadErrors() {
	}

	static ModelLoadException describe(Path file, Throwable error) {
		Throwable cause = unwrap(error);
		if (cause instanceof SAXParseException sax) {
			return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
					"not a well-formed NetReview XML file: " + sax.getMessage(), error);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return new ModelLoadException(file, diagnostic.getLine(), diagnostic.getColumn(), explain(cause), error);
		}
		return new ModelLoadException(file, 0, 0, String.valueOf(cause.getMessage()), error);
	}

	/** Fails when a reference points outside the file, such as one written as a URI. */
	static void checkSelfContained(Path file, NetReviewResource resource) throws ModelLoadException {
		for (NetReviewResource.ExternalReference reference : resource.externalReferences()) {
			throw new ModelLoadException(file, reference.line(), 0, "reference '" + reference.uri()
					+ "' names no element in this file (a NetReview file refers to its own elements by id)", null);
		}
	}

	private static Throwable unwrap(Throwable error) {
		Throwable current = error;
		while ((current instanceof Resource.IOWrappedException || current instanceof XMIException && !isSpecific(current)
				|| current.getClass() == RuntimeException.class) && current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}

	private static boolean isSpecific(Throwable error) {
		return error instanceof PackageNotFoundException || error instanceof ClassNotFoundException
				|| error instanceof FeatureNotFoundException || error instanceof IllegalValueException
				|| error instanceof UnresolvedReferenceException || error instanceof Refusal;
	}

	private static String explain(Throwable cause) {
		if (cause instanceof PackageNotFoundException notFound) {
			return (notFound.uri() == null || notFound.uri().isEmpty() ? "an element without a namespace"
					: "unknown namespace '" + Excerpt.of(notFound.uri()) + "'") + "; a NetReview file uses only "
					+ TopologyPackage.eNS_URI + " and " + NotationPackage.eNS_URI;
		}
		if (cause instanceof ClassNotFoundException notFound) {
			return "unknown element type '" + notFound.getName() + "'";
		}
		if (cause instanceof FeatureNotFoundException notFound) {
			return "unknown attribute or element '" + notFound.getName() + "'";
		}
		if (cause instanceof IllegalValueException illegal) {
			return "invalid value '" + illegal.getValue() + "' for '" + illegal.getFeature().getName() + "'"
					+ (illegal.getCause() != null ? ": " + illegal.getCause().getMessage() : "");
		}
		if (cause instanceof UnresolvedReferenceException unresolved) {
			return "reference '" + unresolved.getReference() + "' of '" + unresolved.getFeature().getName()
					+ "' names no element in this file";
		}
		return cause.getMessage();
	}
}
