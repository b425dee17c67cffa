package io.github.netreview.cli;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.topology.Network;

/**
 * Loads a command's MODEL argument. A file that is not a model ends the command with its one-line error and exit
 * code 2, through the command line's handler of failed commands.
 */
final class ModelArgument {

	/** Thrown when the model cannot be loaded, with the error to print. */
	static final class Unreadable extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	private ModelArgument() {
	}

	static Resource load(Path model) {
		if (model.getFileName() == null || !model.getFileName().toString().endsWith(".netreview")) {
			throw new Unreadable(model + ": not a .netreview model (use import csv or import netbox for other formats)");
		}
		try {
			return ModelFiles.load(model);
		} catch (ModelLoadException e) {
			throw new Unreadable(e.getMessage());
		}
	}

	/** The network a loaded model holds first. */
	static Network network(Resource resource) {
		return (Network) resource.getContents().get(0);
	}
}
