package io.github.netreview.app.interchange;

import org.eclipse.core.runtime.IProgressMonitor;

/** Where an import reads from, with everything the user entered; read off the UI thread. */
interface ImportSource {

	/** Reads the network; throws {@link org.eclipse.core.runtime.OperationCanceledException} when {@code monitor} is cancelled. */
	Imported read(IProgressMonitor monitor) throws ImportFailure;
}
