package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.netreview.interchange.netbox.ImportSummary;
import io.github.netreview.interchange.netbox.NetboxException;
import io.github.netreview.interchange.netbox.NetboxImporter;
import io.github.netreview.interchange.netbox.NetboxMapping;
import io.github.netreview.interchange.netbox.NetboxRecords;

/** Turns NetBox records into an {@link Imported}: every record the importer reported, unused file and warning is a gap. */
final class NetboxImport {

	private NetboxImport() {
	}

	static Imported of(NetboxRecords records, List<String> notes, Path output) throws ImportFailure {
		List<String> gaps = new ArrayList<>(notes);
		records.unused().forEach((endpoint, files) -> gaps.add("not used: " + endpoint + " (" + String.join(", ", files) + ")"));
		try {
			NetboxImporter.Result result = NetboxImporter.run(records, NetboxMapping.none());
			gaps.addAll(result.report().records());
			result.report().warnings().forEach(line -> gaps.add("warning: " + line));
			return new Imported(result.network(), ImportSummary.of(output.toString(), result.network(), result.report()), gaps);
		} catch (NetboxException e) {
			throw failure(e, gaps);
		}
	}

	/** The failure for {@code e}, with the lines reported before it. */
	static ImportFailure failure(NetboxException e, List<String> before) {
		List<String> lines = new ArrayList<>(before);
		lines.addAll(e.reported());
		return new ImportFailure(e.getMessage(), lines);
	}
}
