package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.github.netreview.interchange.netbox.NetboxClient;
import io.github.netreview.interchange.netbox.NetboxException;
import io.github.netreview.interchange.netbox.NetboxRecords;

/**
 * A running NetBox, pulled page by page with an API token, whole or only the given sites and tenants (slugs; what their
 * records use outside them is fetched too and reported); cancelling stops after the page being read.
 */
record NetboxUrlSource(String url, String token, List<String> sites, List<String> tenants, Path output) implements ImportSource {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final Duration BACKOFF = Duration.ofSeconds(1);

	@Override
	public Imported read(IProgressMonitor monitor) throws ImportFailure {
		List<String> warnings = new ArrayList<>();
		NetboxRecords records;
		try {
			records = NetboxClient.pull(new NetboxClient.Options(url, token, sites, tenants, null, TIMEOUT, BACKOFF,
					line -> progress(monitor, line, warnings)));
		} catch (NetboxException e) {
			ImportFailure failure = NetboxImport.failure(e, warnings);
			// the client words a bad address for the command line's --url option
			throw new ImportFailure(failure.getMessage().replaceFirst("^--url: ", "NetBox URL: "), failure.details());
		}
		monitor.subTask("Importing " + records.name());
		return NetboxImport.of(records, warnings, output);
	}

	private static void progress(IProgressMonitor monitor, String line, List<String> warnings) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (line.contains("warning:")) {
			warnings.add(line.replaceFirst("^netbox: ", ""));
		}
		monitor.subTask(line);
	}
}
