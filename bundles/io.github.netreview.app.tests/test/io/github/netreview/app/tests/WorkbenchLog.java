package io.github.netreview.app.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** Collects the errors the platform logs while a test runs, so that a test can fail on any of them. */
final class WorkbenchLog implements ILogListener, AutoCloseable {

	private final List<IStatus> errors = new ArrayList<>();

	WorkbenchLog() {
		Platform.addLogListener(this);
	}

	@Override
	public synchronized void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	}

	synchronized List<String> errors() {
		return errors.stream().map(s -> s.getPlugin() + ": " + s.getMessage()
				+ (s.getException() == null ? "" : " (" + s.getException() + ")")).toList();
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}
}
