package io.github.netreview.ide.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** The errors logged from the moment the IDE starts, so that a check can fail on those NetReview caused. */
final class WorkbenchErrors implements ILogListener, AutoCloseable {

	private final List<IStatus> errors = new ArrayList<>();

	WorkbenchErrors() {
		Platform.addLogListener(this);
	}

	@Override
	public synchronized void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	}

	/** Every error logged so far, one line each. */
	synchronized List<String> all() {
		return errors.stream().map(WorkbenchErrors::describe).toList();
	}

	/** The errors that a NetReview bundle or GEF logged, or whose exception passed through their code. */
	synchronized List<String> ofNetReview() {
		return errors.stream().filter(WorkbenchErrors::concernsNetReview).map(WorkbenchErrors::describe).toList();
	}

	private static boolean concernsNetReview(IStatus status) {
		if (isOurs(status.getPlugin())) {
			return true;
		}
		for (Throwable t = status.getException(); t != null; t = t.getCause()) {
			for (StackTraceElement frame : t.getStackTrace()) {
				if (isOurs(frame.getClassName())) {
					return true;
				}
			}
		}
		for (IStatus child : status.getChildren()) {
			if (concernsNetReview(child)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOurs(String name) {
		return name != null && (name.startsWith("io.github.netreview") || name.startsWith("org.eclipse.gef") || name.startsWith("org.eclipse.draw2d"));
	}

	private static String describe(IStatus status) {
		return status.getPlugin() + ": " + status.getMessage() + (status.getException() == null ? "" : " (" + status.getException() + ")");
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}
}
