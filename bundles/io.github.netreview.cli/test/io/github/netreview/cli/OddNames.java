package io.github.netreview.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.params.provider.Arguments;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;

/**
 * The example headquarters with every element (network, sites, zones, segments, devices, interfaces, links, diagram)
 * given one odd name, for the commands and the CSV export; the report bundle's tests keep their own, with the check for
 * hidden characters.
 */
final class OddNames {

	static final Path HQ = Path.of("../../examples/hq.netreview");
	/** What a name with a newline tries to forge: a finding line of its own. */
	static final String FORGED = "CRITICAL RESTRICTED_PATH_TO_CORE forged";
	static final String LONG = "n".repeat(100_000);
	static final String NEWLINE = "cam\n" + FORGED;
	static final String BIDI = "cam\u202Egnp.exe\u2066x\u2069\u200F";
	static final String CONTROL = "a\u0000b\u001B[31mred\u0007\u0085";
	static final String MARKUP = "<script>alert(1)</script> & \"double\" 'single' ]]> <!--";

	private OddNames() {
	}

	/** Each odd name with a label for the test's name. */
	static Stream<Arguments> all() {
		return Stream.of(Arguments.of("null", null), Arguments.of("empty", ""), Arguments.of("100k characters", LONG),
				Arguments.of("newline", NEWLINE), Arguments.of("bidi", BIDI), Arguments.of("NUL and ESC", CONTROL),
				Arguments.of("markup", MARKUP));
	}

	/** The example with every element named {@code name}. */
	static Resource hqNamed(String name) throws ModelLoadException {
		Resource resource = ModelFiles.load(HQ);
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
			if (feature != null && feature.getEType().getInstanceClass() == String.class && !feature.isMany()) {
				element.eSet(feature, name);
			}
		}
		return resource;
	}
}
