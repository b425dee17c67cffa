package io.github.netreview.gef.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * GEF 3.2.100 and draw2d 3.2.100 are the only GEF Classic on Maven Central and were compiled in 2007. This scans
 * every class file of both bundles and checks each class, method and field they refer to against the platform this
 * build resolves, through the bundles' own class loaders, so that a removed API fails the build instead of a user's
 * session. The compatibility fragments supply what the platform removed.
 */
class GefBytecodeCompatibilityTest {

	private static final List<String> COMPAT_FRAGMENTS = List.of("io.github.netreview.gef.compat.jface",
			"io.github.netreview.gef.compat.workbench");

	@Test
	void everyReferenceOfGefAndDraw2dResolvesAgainstThePlatform() throws IOException {
		Scan scan = scan(name -> false);
		assertTrue(scan.checked > 20_000, "scanned only " + scan.checked + " references");
		assertEquals(List.of(), scan.problems, scan.problems.size() + " unresolved references in GEF 3.2 / draw2d 3.2");
	}

	@Test
	void withoutTheCompatibilityFragmentsTheScanFailsOnExactlyWhatTheySupply() throws IOException {
		Set<String> fragmentClasses = fragmentClasses();
		assertTrue(fragmentClasses.containsAll(Set.of("org/eclipse/jface/util/Assert", "org/eclipse/ui/internal/DragCursors")),
				fragmentClasses.toString());
		Scan scan = scan(fragmentClasses::contains);
		assertTrue(scan.problems.size() >= 10, scan.problems.toString());
		Set<String> missing = new TreeSet<>();
		scan.unresolved.forEach(reference -> missing.add(reference.owner()));
		assertEquals(Set.of("org/eclipse/jface/util/Assert", "org/eclipse/ui/internal/DragCursors"), missing, scan.problems.toString());
	}

	@Test
	void fragmentsAreAttachedToTheirHosts() {
		for (String name : COMPAT_FRAGMENTS) {
			Bundle fragment = bundle(name);
			assertEquals(Bundle.RESOLVED, fragment.getState(), name + " is not resolved");
		}
	}

	private record Scan(int checked, List<Reference> unresolved, List<String> problems) {
	}

	private Scan scan(Predicate<String> hidden) throws IOException {
		List<String> problems = new ArrayList<>();
		List<Reference> unresolved = new ArrayList<>();
		int checked = 0;
		for (String name : List.of("org.eclipse.draw2d", "org.eclipse.gef")) {
			Bundle bundle = bundle(name);
			ReferenceResolver resolver = new ReferenceResolver(bundle::loadClass, hidden);
			Set<Reference> references = new HashSet<>();
			for (URL url : classFiles(bundle)) {
				try (InputStream in = url.openStream()) {
					references.addAll(ReferenceCollector.collect(in.readAllBytes()));
				}
			}
			for (Reference reference : references) {
				checked++;
				String problem = resolver.problem(reference);
				if (problem != null) {
					unresolved.add(reference);
					problems.add(name + ": " + problem + ": " + reference);
				}
			}
		}
		Collections.sort(problems);
		return new Scan(checked, unresolved, problems);
	}

	private Set<String> fragmentClasses() {
		Set<String> classes = new TreeSet<>();
		for (String name : COMPAT_FRAGMENTS) {
			for (URL url : classFiles(bundle(name))) {
				String path = url.getPath();
				classes.add(path.substring(1, path.length() - ".class".length()));
			}
		}
		return classes;
	}

	private static List<URL> classFiles(Bundle bundle) {
		Enumeration<URL> entries = bundle.findEntries("/", "*.class", true);
		assertTrue(entries != null && entries.hasMoreElements(), bundle.getSymbolicName() + " has no classes");
		return Collections.list(entries);
	}

	private static Bundle bundle(String symbolicName) {
		for (Bundle bundle : FrameworkUtil.getBundle(GefBytecodeCompatibilityTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		throw new AssertionError(symbolicName + " is not in the test runtime");
	}
}
