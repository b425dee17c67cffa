package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.ElementLabels;
import io.github.netreview.model.topology.Identified;

/** Checks before a save that every text of the model can be written to XML, whose files cannot hold NUL and most control characters. */
final class XmlCharacters {

	private XmlCharacters() {
	}

	/** Fails, naming the file, element, attribute and character, when some text of {@code resource} cannot be saved. */
	static void check(Resource resource, Path file) throws IOException {
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEType().getInstanceClass() == String.class && element.eIsSet(attribute)) {
					check(element, attribute, file);
				}
			}
		}
	}

	private static void check(EObject element, EAttribute attribute, Path file) throws IOException {
		Object value = element.eGet(attribute);
		for (Object text : value instanceof Iterable<?> many ? many : List.of(value)) {
			int bad = firstUnwritable(String.valueOf(text));
			if (bad >= 0) {
				throw new IOException(Excerpt.of(file.toString(), 4096) + ": cannot save the " + attribute.getName() + " of "
						+ label(element) + String.format(": it holds U+%04X, which a model file cannot store", bad));
			}
		}
	}

	/** The first character XML 1.0 cannot carry, even escaped, or -1. */
	static int firstUnwritable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
			boolean unpaired = Character.isHighSurrogate(c) ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i))
					: Character.isLowSurrogate(c);
			if (control || unpaired || c == '\uFFFE' || c == '\uFFFF') {
				return c;
			}
		}
		return -1;
	}

	private static String label(EObject element) {
		String id = element instanceof Identified identified ? identified.getId() : null;
		return ElementLabels.typeName(element) + (id == null ? "" : " '" + Excerpt.of(id) + "'");
	}
}
