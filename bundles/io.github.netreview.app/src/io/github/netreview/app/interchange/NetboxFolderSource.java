package io.github.netreview.app.interchange;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.github.netreview.interchange.netbox.NetboxException;
import io.github.netreview.interchange.netbox.NetboxFiles;
import io.github.netreview.interchange.netbox.NetboxRecords;

/** NetBox API responses saved as JSON files in a folder (or one file). */
record NetboxFolderSource(Path folder, Path output) implements ImportSource {

	@Override
	public Imported read(IProgressMonitor monitor) throws ImportFailure {
		monitor.subTask("Reading " + folder);
		NetboxRecords records;
		try {
			records = NetboxFiles.read(folder);
		} catch (NetboxException e) {
			throw NetboxImport.failure(e, List.of());
		}
		monitor.subTask("Importing " + records.name());
		return NetboxImport.of(records, List.of(), output);
	}
}
