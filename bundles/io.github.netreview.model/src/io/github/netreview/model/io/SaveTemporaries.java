package io.github.netreview.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a save writes beside its model, {@code .FILE.<pid>-<n>.saving}, and the removal of those an
 * interrupted save left behind.
 * <p>
 * A temporary file is stale, and removed, when the process named in it is no longer running, or is running but
 * started after the file was last written (its number was reused), or is this process and no save of this process
 * is writing it. A file of the older naming, {@code .FILE.<n>.saving}, which names no process, is stale when it was
 * last written before this process started. Removing a file a live save still writes cannot damage the model: that
 * save fails when it moves the file into place, and the model stays as it was.
 */
final class SaveTemporaries {

	private static final String SUFFIX = ".saving";
	private static final Pattern NUMBERS = Pattern.compile("(?:(\\d{1,19})-)?\\d{1,20}");
	private static final long PID = ProcessHandle.current().pid();
	private static final Instant STARTED = ProcessHandle.current().info().startInstant().orElse(Instant.now());

	/** The temporary files the saves of this process are writing now. */
	private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

	private SaveTemporaries() {
	}

	/** A new, not yet existing temporary path beside {@code target}, which stays this process's until {@link #release}. */
	static Path reserve(Path target) {
		while (true) {
			long n = ThreadLocalRandom.current().nextLong() >>> 1;
			Path path = target.resolveSibling("." + target.getFileName() + "." + PID + "-" + n + SUFFIX);
			if (!Files.exists(path) && WRITING.add(path)) {
				return path;
			}
		}
	}

	/** Deletes {@code temporary} if it is still there and gives it up. */
	static void release(Path temporary) throws IOException {
		try {
			Files.deleteIfExists(temporary);
		} finally {
			WRITING.remove(temporary);
		}
	}

	/** Removes the stale temporary files of {@code target}'s model; a file that cannot be removed is left. */
	static void removeStale(Path target) {
		Path directory = target.toAbsolutePath().getParent();
		String prefix = "." + target.getFileName() + ".";
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(directory,
				entry -> entry.getFileName().toString().startsWith(prefix) && entry.getFileName().toString().endsWith(SUFFIX))) {
			for (Path candidate : candidates) {
				removeIfStale(candidate, prefix);
			}
		} catch (IOException | RuntimeException e) {
			// clean-up is a courtesy: the save or load goes on without it
		}
	}

	private static void removeIfStale(Path candidate, String prefix) {
		String name = candidate.getFileName().toString();
		Matcher matcher = NUMBERS.matcher(name.substring(prefix.length(), name.length() - SUFFIX.length()));
		try {
			if (matcher.matches() && isStale(candidate, matcher.group(1))) {
				Files.deleteIfExists(candidate);
			}
		} catch (IOException | RuntimeException e) {
			// left for a later save or load
		}
	}

	private static boolean isStale(Path candidate, String pid) throws IOException {
		Instant written = Files.getLastModifiedTime(candidate).toInstant();
		if (pid == null) {
			return written.isBefore(STARTED);
		}
		long writer = Long.parseLong(pid);
		if (writer == PID) {
			return !WRITING.contains(candidate.toAbsolutePath().normalize());
		}
		Optional<ProcessHandle> process = ProcessHandle.of(writer).filter(ProcessHandle::isAlive);
		return process.isEmpty() || process.get().info().startInstant().map(start -> start.isAfter(written)).orElse(false);
	}
}
