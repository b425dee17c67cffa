package io.github.netreview.ide.tests;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.ui.testing.TestableObject;

/** Work handed to the workbench's UI thread through its test harness, and waiting, from the check's own thread. */
final class UiThread {

	private static final Duration WAIT = Duration.ofSeconds(120);

	private final TestableObject testable;

	UiThread(TestableObject testable) {
		this.testable = testable;
	}

	/** Runs {@code work} on the UI thread and returns its result; its exception is thrown here. */
	<T> T run(Callable<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		testable.runTest(() -> {
			try {
				result.set(work.call());
			} catch (Exception e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (error.get() != null) {
			throw error.get();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** Polls {@code condition} (on this thread) until it holds, failing after {@link #WAIT}. */
	static void await(String what, Callable<Boolean> condition, Duration interval) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
			}
			Thread.sleep(interval.toMillis());
		}
	}

	/** Lets the UI thread lay out and paint for a while. */
	void settle(Duration time) throws Exception {
		long end = System.nanoTime() + time.toNanos();
		while (System.nanoTime() < end) {
			Thread.sleep(50);
			run(() -> null);
		}
	}
}
