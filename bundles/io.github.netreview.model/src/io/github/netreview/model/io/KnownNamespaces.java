package io.github.netreview.model.io;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;

import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

/** The only namespaces a model file may use, and the NetReview packages they stand for. */
final class KnownNamespaces {

	private KnownNamespaces() {
	}

	/** The package of {@code namespace}, or null when it is not one of NetReview's two. */
	static EPackage packageFor(String namespace) {
		if (TopologyPackage.eNS_URI.equals(namespace)) {
			return TopologyPackage.eINSTANCE;
		}
		if (NotationPackage.eNS_URI.equals(namespace)) {
			return NotationPackage.eINSTANCE;
		}
		return null;
	}

	/**
	 * A registry of NetReview's two packages that delegates to no other registry, so that no package can be found
	 * (or demand-loaded from its namespace URI) beyond them.
	 */
	static EPackage.Registry registry() {
		EPackage.Registry registry = new EPackageRegistryImpl();
		registry.put(TopologyPackage.eNS_URI, TopologyPackage.eINSTANCE);
		registry.put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		return registry;
	}
}
