package io.github.netreview.app.interchange;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;

/** File &gt; Import &gt; CSV: segments, devices, interfaces and links in NetReview's CSV format. */
public final class CsvImportWizard extends ImportWizard {

	@Override
	ImportPage createPage() {
		return new ImportPage("csv", "Import CSV",
				"Segments, devices, interfaces and links, one per row with a kind column (the format File > Export > CSV writes).") {
			private SourceField csv;

			@Override
			void createSourceRows(Composite body) {
				csv = new SourceField(body, "CSV file:", false, "*.csv", this::validate);
			}

			@Override
			String sourceError() {
				return csv.error();
			}

			@Override
			ImportSource source(Path file) {
				return new CsvSource(csv.path(), file);
			}
		};
	}
}
