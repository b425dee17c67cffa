package io.github.netreview.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A named pipe, which blocks whoever opens it until the other end is opened; a watcher holds the writing end open
 * and notes whether anybody opened it for reading.
 */
final class Fifo implements AutoCloseable {

	private final Path path;
	private final AtomicBoolean opened = new AtomicBoolean();
	private final Thread watcher;
	private volatile boolean closing;

	Fifo(Path path) throws IOException, InterruptedException {
		this.path = path;
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		if (mkfifo.waitFor() != 0) {
			throw new IOException("mkfifo " + path + " failed");
		}
		watcher = new Thread(this::watch, "fifo-watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	Path path() {
		return path;
	}

	/** Whether anything but {@link #close()} opened the pipe for reading. */
	boolean wasOpened() {
		return opened.get();
	}

	private void watch() {
		try (OutputStream out = Files.newOutputStream(path)) {
			if (!closing) {
				opened.set(true);
			}
		} catch (IOException e) {
			// nobody will read
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		closing = true;
		try (InputStream in = Files.newInputStream(path)) {
			watcher.join(5_000);
		}
	}
}
