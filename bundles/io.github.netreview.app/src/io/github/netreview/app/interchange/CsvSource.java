package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.github.netreview.interchange.csv.CsvImport;
import io.github.netreview.model.topology.Network;

/** A file in NetReview's CSV format; a bad row or a file without devices writes nothing. */
record CsvSource(Path file, Path output) implements ImportSource {

	@Override
	public Imported read(IProgressMonitor monitor) throws ImportFailure {
		monitor.subTask("Reading " + file);
		Network network;
		try {
			network = CsvImport.read(file);
		} catch (CsvImport.BadRows e) {
			List<String> problems = e.problems();
			throw new ImportFailure(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more below)" : "")
					+ "; nothing written", problems);
		}
		if (network.getDevices().isEmpty()) {
			throw new ImportFailure(file + ": no device rows, so nothing to review; nothing written", List.of());
		}
		return new Imported(network, "Wrote " + output + ": " + network.getDevices().size() + " devices, " + network.getLinks().size()
				+ " links", List.of());
	}
}
