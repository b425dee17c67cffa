package io.github.netreview.editor.diagram.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.github.netreview.editor.diagram.overlay.Overlay;
import io.github.netreview.layout.DiagramPng;
import io.github.netreview.layout.DiagramSvg;
import io.github.netreview.layout.PathPalette;
import io.github.netreview.model.io.ReplacedFile;
import io.github.netreview.model.notation.Diagram;

/**
 * Diagram &gt; Export Image: asks for a file and writes the whole diagram there, restricted devices badged and paths in
 * their colours, as PNG or SVG by the file's extension (the same drawing as File &gt; Export and the command line).
 */
public final class DiagramImageFile {

	private DiagramImageFile() {
	}

	/** Asks where, then writes; says on {@code shell} what went wrong, and returns the file written or null. */
	public static Path exportWithDialog(Shell shell, Diagram diagram, Overlay overlay, Path model) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export Diagram");
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
		dialog.setFileName(model.getFileName().toString().replaceFirst("\\.netreview$", "") + ".png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path target = Path.of(chosen);
		try {
			write(target, diagram, overlay);
			return target;
		} catch (IOException e) {
			MessageDialog.openError(shell, "Export failed", e.getMessage());
			return null;
		}
	}

	/** Writes the diagram to {@code target} (SVG for a .svg file, else PNG), replacing it only once complete. */
	public static void write(Path target, Diagram diagram, Overlay overlay) throws IOException {
		ReplacedFile.write(target, render(target, diagram, overlay));
	}

	/** The bytes of the drawing: SVG for a .svg file, else PNG. */
	public static byte[] render(Path target, Diagram diagram, Overlay overlay) throws IOException {
		if (target.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
			return DiagramSvg.render(diagram, overlay.restricted(), PathPalette.colours(overlay.onPath())).getBytes(StandardCharsets.UTF_8);
		}
		return DiagramPng.render(diagram, overlay.restricted(), PathPalette.colours(overlay.onPath()));
	}
}
