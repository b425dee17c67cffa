package io.github.netreview.model.io;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local server that accepts connections and never answers them, counting them: a load that connects would hang here. */
final class SilentServer implements AutoCloseable {

	private final ServerSocket socket;
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	SilentServer() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptForever, "silent-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
	}

	/** The connections made so far, after giving one under way a moment to arrive. */
	int connections() throws InterruptedException {
		Thread.sleep(100);
		return accepted.size();
	}

	private void acceptForever() {
		try {
			while (!socket.isClosed()) {
				accepted.add(socket.accept());
			}
		} catch (IOException closed) {
			// the test is over
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
		for (Socket connection : accepted) {
			connection.close();
		}
	}
}
