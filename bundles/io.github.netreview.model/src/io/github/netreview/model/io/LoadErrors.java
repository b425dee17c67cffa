package io.github.netreview.model.io;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.TopologyPackage;

/** Turns what EMF and the XML parser report about a broken file into one {@link ModelLoadException} a user can act on. */
final class LoadErrors {

	/** How much of a parser's own message is quoted. */
	private static final int MESSAGE_LENGTH = 200;

	private LoadErrors() {
	}

	/** The error of loading {@code content} as {@code file} (the file itself when {@code content} is null). */
	static ModelLoadException describe(Path file, byte[] content, Throwable error) {
		Throwable cause = unwrap(error);
		if (isEncodingError(error)) {
			return badEncoding(file, content, cause, error);
		}
		if (cause instanceof SAXParseException sax) {
			String limit = ParserRefusals.problem(sax.getMessage());
			return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), limit != null ? limit
					: "not a well-formed NetReview XML file: " + Excerpt.of(sax.getMessage(), MESSAGE_LENGTH), error);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return new ModelLoadException(file, diagnostic.getLine(), diagnostic.getColumn(), explain(cause), error);
		}
		if (cause instanceof RuntimeException) {
			return new ModelLoadException(file, 0, 0, "the file could not be read as a NetReview model", error);
		}
		return new ModelLoadException(file, 0, 0, cause.getMessage() == null ? "the file could not be read"
				: Excerpt.of(cause.getMessage(), MESSAGE_LENGTH), error);
	}

	/** Fails when a reference points outside the file, such as one written as a URI. */
	static void checkSelfContained(Path file, NetReviewResource resource) throws ModelLoadException {
		for (NetReviewResource.ExternalReference reference : resource.externalReferences()) {
			throw new ModelLoadException(file, reference.line(), 0, "reference '" + Excerpt.of(reference.uri())
					+ "' names no element in this file (a NetReview file refers to its own elements by id)", null);
		}
	}

	private static boolean isEncodingError(Throwable error) {
		for (Throwable current = error; current != null; current = current.getCause() == current ? null : current.getCause()) {
			if (current instanceof CharConversionException || current instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private static ModelLoadException badEncoding(Path file, byte[] content, Throwable cause, Throwable error) {
		Utf8Check.BadByte bad = content == null ? Utf8Check.firstBadByte(file) : Utf8Check.firstBadByte(content);
		if (bad == null) {
			return new ModelLoadException(file, 0, 0, "the file is not in the encoding it declares: "
					+ Excerpt.of(cause.getMessage(), MESSAGE_LENGTH), error);
		}
		return new ModelLoadException(file, bad.line(), bad.column(), bad.describe(), error);
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
			return "unknown element type '" + Excerpt.of(notFound.getName()) + "'";
		}
		if (cause instanceof FeatureNotFoundException notFound) {
			return "unknown attribute or element '" + Excerpt.of(notFound.getName()) + "'";
		}
		if (cause instanceof IllegalValueException illegal) {
			return "invalid value " + valueOf(illegal.getValue()) + " for '" + illegal.getFeature().getName() + "'"
					+ reason(illegal.getCause());
		}
		if (cause instanceof UnresolvedReferenceException unresolved) {
			return "reference '" + Excerpt.of(unresolved.getReference()) + "' of '" + unresolved.getFeature().getName()
					+ "' names no element in this file";
		}
		return Excerpt.of(cause.getMessage(), MESSAGE_LENGTH);
	}

	/** Why a value was refused, when the reason adds to the value itself. */
	private static String reason(Throwable cause) {
		if (cause instanceof NumberFormatException) {
			return ": not a number in range";
		}
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
			return ": " + Excerpt.of(cause.getMessage());
		}
		return "";
	}

	/** A value as a message can show it: text cut to length, an element by its type and id. */
	private static String valueOf(Object value) {
		if (value instanceof Identified element) {
			return ElementLabels.typeName(element) + " '" + Excerpt.of(element.getId()) + "'";
		}
		if (value instanceof EObject element) {
			return ElementLabels.typeName(element);
		}
		return "'" + Excerpt.of(String.valueOf(value)) + "'";
	}
}
