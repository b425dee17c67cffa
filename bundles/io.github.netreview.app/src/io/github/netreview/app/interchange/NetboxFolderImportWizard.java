package io.github.netreview.app.interchange;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;

/** File &gt; Import &gt; NetBox export (directory): NetBox API responses saved as JSON files. */
public final class NetboxFolderImportWizard extends ImportWizard {

	@Override
	ImportPage createPage() {
		return new ImportPage("netboxFolder", "Import a NetBox Export",
				"NetBox REST API responses saved as JSON (every *.json in the folder), written to a new network file.") {
			private SourceField folder;

			@Override
			void createSourceRows(Composite body) {
				folder = new SourceField(body, "NetBox export folder:", true, null, this::validate);
			}

			@Override
			String sourceError() {
				return folder.error();
			}

			@Override
			ImportSource source(Path file) {
				return new NetboxFolderSource(folder.path(), file);
			}
		};
	}
}
