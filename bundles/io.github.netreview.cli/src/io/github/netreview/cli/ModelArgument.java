package io.github.netreview.cli;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.io.ModelLoadException;
import io.github.netreview.model.topology.Network;
import picocli.CommandLine;

/** Loads a command's MODEL argument, turning an unreadable file into the one-line error and exit code 2. */
final class ModelArgument {

	/** Thrown when the model cannot be loaded; the message is already printed. */
	static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private ModelArgument() {
	}

	static Resource load(CommandLine commandLine, Path model) throws Unreadable {
		if (!model.getFileName().toString().endsWith(".netreview")) {
			commandLine.getErr().println("netreview: " + model + ": not a .netreview model (use import csv or import netbox for other formats)");
			throw new Unreadable();
		}
		try {
			return ModelFiles.load(model);
		} catch (ModelLoadException e) {
			commandLine.getErr().println("netreview: " + e.getMessage());
			throw new Unreadable();
		}
	}

	static Network network(CommandLine commandLine, Path model) throws Unreadable {
		return (Network) load(commandLine, model).getContents().get(0);
	}
}
