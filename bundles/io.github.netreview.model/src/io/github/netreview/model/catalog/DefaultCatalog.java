package io.github.netreview.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.io.NetReviewResourceFactory;
import io.github.netreview.model.topology.Catalog;

/** The restricted-vendor catalog shipped with NetReview (see restricted-vendors.catalog for its sources). */
public final class DefaultCatalog {

	static final String RESOURCE = "restricted-vendors.catalog";

	private DefaultCatalog() {
	}

	/** A fresh copy of the default catalog, in a resource of its own. */
	public static Catalog load() {
		Resource resource = new NetReviewResourceFactory().createResource(URI.createURI("netreview:/catalog/" + RESOURCE));
		try (InputStream in = DefaultCatalog.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the model bundle");
			}
			resource.load(in, null);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the default catalog " + RESOURCE, e);
		}
		return (Catalog) resource.getContents().get(0);
	}
}
