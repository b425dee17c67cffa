package io.github.netreview.app.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.interchange.csv.CsvExport;
import io.github.netreview.model.notation.Diagram;

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
	byte[] render(Path target, Diagram diagram, Overlay overlay) throws IOException {
		return CsvExport.of(diagram.getNetwork()).getBytes(StandardCharsets.UTF_8);
	}
}
