package io.github.netreview.app.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.github.netreview.interchange.csv.CsvExport;

/** File &gt; Export &gt; CSV: the network's segments, devices, interfaces and links in the format CSV import reads. */
public final class CsvExportWizard extends ExportWizard {

	@Override
	ExportPage createPage(Path initial, String missingSource) {
		return new ExportPage("Export CSV", "The segments, devices, interfaces and links of the network in the active editor, "
				+ "one per row (spreadsheet-safe; File > Import > CSV reads it back).", initial, missingSource, ".csv");
	}

	@Override
	String extension() {
		return ".csv";
	}

	@Override
	byte[] render(Path target, ExportSource source, IProgressMonitor monitor) throws IOException {
		return CsvExport.of(source.diagram().getNetwork()).getBytes(StandardCharsets.UTF_8);
	}
}
