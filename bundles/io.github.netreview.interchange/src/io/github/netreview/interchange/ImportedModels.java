package io.github.netreview.interchange;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.build.DiagramBuilder;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/** Writes an imported network, with a diagram drawn of it, as a {@code .netreview} model file. */
public final class ImportedModels {

	private ImportedModels() {
	}

	/** Saves {@code network} and a new diagram of it to {@code output} (atomically, as every model file is saved). */
	public static void write(Network network, Path output) throws IOException {
		Resource resource = ModelFiles.newResource(output);
		resource.getContents().add(network);
		resource.getContents().add(DiagramBuilder.build(network));
		ModelFiles.save(resource, output);
	}
}
