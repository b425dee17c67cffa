package io.github.netreview.model;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.io.NetReviewResourceFactory;
import io.github.netreview.model.notation.NotationPackage;
import io.github.netreview.model.topology.TopologyPackage;

/** Entry point for using the model on a plain JVM; under OSGi, plugin.xml does the same registrations. */
public final class NetReviewModel {

	private NetReviewModel() {
	}

	/** Registers the packages, their validator and the {@code *.netreview} resource factory; safe to call repeatedly. */
	public static void initStandalone() {
		TopologyPackage.eINSTANCE.eClass();
		NotationPackage.eINSTANCE.eClass();
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
				.putIfAbsent(NetReviewResourceFactory.EXTENSION, new NetReviewResourceFactory());
	}
}
