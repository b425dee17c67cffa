package io.github.netreview.ide.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.Platform;

/** The running installation's folder and its p2 profiles, as the director left them. */
final class P2Installation {

	private P2Installation() {
	}

	/** The folder the running Eclipse is installed in. */
	static Path installation() {
		URL location = Platform.getInstallLocation().getURL();
		return Path.of(location.getPath()).toAbsolutePath().normalize();
	}

	static Path latestProfile(Path registry) throws IOException {
		try (Stream<Path> files = Files.walk(registry, 2)) {
			return files.filter(p -> p.getFileName().toString().matches("\\d+\\.profile(\\.gz)?")).max((a, b) -> a.getFileName().toString()
					.replaceAll("\\D", "").compareTo(b.getFileName().toString().replaceAll("\\D", ""))).orElseThrow(() -> new AssertionError(
							"no profile in " + registry));
		}
	}

	static String read(Path profile) throws IOException {
		try (InputStream in = Files.newInputStream(profile);
				InputStream data = profile.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
			return new String(data.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
