package io.github.netreview.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ConcurrentModificationException;

/** What went wrong when a command failed, in words for the user rather than an exception's class and text. */
final class Failures {

	private Failures() {
	}

	static String describe(Exception failure) {
		if (failure instanceof IOException io) {
			return io(io);
		}
		if (isBug(failure)) {
			StackTraceElement[] trace = failure.getStackTrace();
			String where = trace.length == 0 ? "" : " at " + trace[0].getClassName().replaceFirst(".*\\.", "") + "." + trace[0].getMethodName();
			return "internal error (" + failure.getClass().getSimpleName() + where + "); please report it with the command that failed";
		}
		return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
	}

	private static String io(IOException failure) {
		if (failure instanceof NoSuchFileException missing) {
			return missing.getFile() + ": " + (missing.getReason() == null ? "no such file or directory" : missing.getReason());
		}
		if (failure instanceof AccessDeniedException denied) {
			return denied.getFile() + ": permission denied";
		}
		if (failure instanceof FileSystemException system) {
			return system.getFile() + ": " + (system.getReason() == null ? "cannot be read or written" : system.getReason());
		}
		return "cannot read or write: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
	}

	/** Exceptions that only a mistake in NetReview throws; their text would mean nothing to the user. */
	private static boolean isBug(Exception failure) {
		return failure instanceof NullPointerException || failure instanceof ClassCastException || failure instanceof IndexOutOfBoundsException
				|| failure instanceof ArithmeticException || failure instanceof ArrayStoreException
				|| failure instanceof UnsupportedOperationException || failure instanceof ConcurrentModificationException;
	}
}
