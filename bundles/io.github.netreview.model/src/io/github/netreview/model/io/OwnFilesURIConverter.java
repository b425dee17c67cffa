package io.github.netreview.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/** A URI converter that opens only the files of its own resource set's resources and refuses any other URI unread. */
final class OwnFilesURIConverter extends ExtensibleURIConverterImpl {

	private final ResourceSet resourceSet;

	OwnFilesURIConverter(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createInputStream(uri, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createOutputStream(uri, options);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.contentDescription(uri, options);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		super.delete(uri, options);
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		check(uri);
		super.setAttributes(uri, attributes, options);
	}

	private void check(URI uri) throws IOException {
		for (Resource resource : resourceSet.getResources()) {
			if (uri != null && uri.equals(resource.getURI())) {
				return;
			}
		}
		throw new IOException("'" + Excerpt.of(String.valueOf(uri))
				+ "' is not the model's own file: a NetReview model reads and writes no other file or URL");
	}
}
