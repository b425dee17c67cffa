package io.github.netreview.app.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import io.github.netreview.interchange.ImportedModels;

/** Reads an import source and writes the network, with a diagram, to a new model file, with progress and cancel. */
final class ImportRun implements IRunnableWithProgress {

	private final ImportSource source;
	private final Path output;
	private Imported imported;

	ImportRun(ImportSource source, Path output) {
		this.source = source;
		this.output = output;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing into " + output.getFileName(), 10);
		try {
			Imported read = source.read(progress.split(8));
			if (progress.isCanceled()) {
				throw new InterruptedException();
			}
			progress.subTask("Writing " + output);
			if (Files.exists(output)) {
				throw new ImportFailure(output + " exists; nothing written (choose a new file)", List.of());
			}
			ImportedModels.write(read.network(), output);
			progress.worked(2);
			imported = read;
		} catch (OperationCanceledException e) {
			throw new InterruptedException("cancelled");
		} catch (ImportFailure | IOException e) {
			throw new InvocationTargetException(e);
		} finally {
			monitor.done();
		}
	}

	/** What was imported, once {@link #run} has finished without failure. */
	Imported imported() {
		return imported;
	}
}
