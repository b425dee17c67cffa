package io.github.netreview.app.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

/** Makes an export's bytes and writes them to a new file, with progress and cancel; a cancelled or failed run writes nothing. */
final class ExportRun implements IRunnableWithProgress {

	/** Makes the bytes of the file, reporting to {@code monitor} and stopping when it is cancelled. */
	interface Render {
		byte[] bytes(IProgressMonitor monitor) throws IOException;
	}

	private final Render render;
	private final Path target;

	ExportRun(Render render, Path target) {
		this.render = render;
		this.target = target;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting to " + target.getFileName(), 10);
		try {
			byte[] bytes = render.bytes(progress.split(9));
			if (progress.isCanceled()) {
				throw new InterruptedException("cancelled");
			}
			progress.subTask("Writing " + target);
			NewFiles.write(target, bytes);
			progress.worked(1);
		} catch (OperationCanceledException e) {
			throw new InterruptedException("cancelled");
		} catch (IOException | RuntimeException e) {
			throw new InvocationTargetException(e);
		} finally {
			monitor.done();
		}
	}
}
