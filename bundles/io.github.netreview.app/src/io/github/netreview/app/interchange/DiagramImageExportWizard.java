package io.github.netreview.app.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import io.github.netreview.editor.diagram.Overlay;
import io.github.netreview.layout.DiagramPng;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.layout.PathPalette;

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
		Overlay overlay = source.overlay();
		if (target.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
			return DiagramSvg.render(source.diagram(), overlay.restricted(), PathPalette.colours(overlay.onPath())).getBytes(StandardCharsets.UTF_8);
		}
		return DiagramPng.render(source.diagram(), overlay.restricted(), PathPalette.colours(overlay.onPath()));
	}
}
