package io.github.netreview.app.interchange;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.github.netreview.editor.diagram.export.DiagramImageFile;

/** File &gt; Export &gt; Diagram image: the active diagram with its restricted badges and paths, as PNG or SVG by the name. */
public final class DiagramImageExportWizard extends ExportWizard {

	@Override
	ExportPage createPage(Path initial, String missingSource) {
		return new ExportPage("Export Diagram Image", "The whole diagram in the active editor, restricted devices badged and "
				+ "paths to the core highlighted: a .png image or an .svg drawing.", initial, missingSource, ".png", ".svg");
	}

	@Override
	String extension() {
		return ".png";
	}

	@Override
	byte[] render(Path target, ExportSource source, IProgressMonitor monitor) throws IOException {
		return DiagramImageFile.render(target, source.diagram(), source.overlay());
	}
}
