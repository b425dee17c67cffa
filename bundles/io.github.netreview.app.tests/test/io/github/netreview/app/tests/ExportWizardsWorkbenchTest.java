package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.topology.Network;

/** File &gt; Export: the NetReview wizards listed, the diagram open in the editor as a PNG or SVG image, and its network as CSV. */
class ExportWizardsWorkbenchTest extends WorkbenchTest {

	private static final String IMAGE = "io.github.netreview.app.export.image";
	private static final String CSV = "io.github.netreview.app.export.csv";
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@TempDir
	Path dir;

	@Test
	void theNetReviewExportWizardsAreListedUnderFileExport() {
		IWizardCategory category = PlatformUI.getWorkbench().getExportWizardRegistry().getRootCategory()
				.findCategory(new org.eclipse.core.runtime.Path("io.github.netreview.app.interchange"));
		List<String> names = Arrays.stream(category.getWizards()).map(IWizardDescriptor::getLabel).toList();
		assertEquals(List.of("CSV", "Diagram image (PNG/SVG)", "Review report (HTML)", "Findings (SARIF)"), names);
	}

	@Test
	void theDiagramIsExportedAsAPngImageAndAnSvgDrawing() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Path png = dir.resolve("hq.png");
		assertTrue(WizardRun.exportWith(IMAGE, Map.of("File:", png.toString())).finished());
		byte[] bytes = Files.readAllBytes(png);
		assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
		ImageData image = new ImageData(new ByteArrayInputStream(bytes));
		assertTrue(image.width > 200 && image.height > 200, image.width + "x" + image.height);
		Path svg = dir.resolve("hq.svg");
		assertTrue(WizardRun.exportWith(IMAGE, Map.of("File:", svg.toString())).finished());
		String drawing = Files.readString(svg);
		assertTrue(drawing.contains("<svg"), drawing.substring(0, Math.min(200, drawing.length())));
		assertTrue(drawing.contains("cam-lobby"), "the restricted lobby camera is drawn");
		assertEquals(editor, page.getActiveEditor(), "the editor stays open");
	}

	@Test
	void theNetworkIsExportedAsCsvWithARowPerDevice() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		Network network = editor.getDiagram().getNetwork();
		Path csv = dir.resolve("hq.csv");
		assertTrue(WizardRun.exportWith(CSV, Map.of("File:", csv.toString())).finished());
		long devices = Files.readAllLines(csv).stream().filter(line -> line.startsWith("device,")).count();
		assertEquals(network.getDevices().size(), devices);
		assertTrue(Files.readAllLines(csv).get(0).startsWith("kind,id,name,"));
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws Exception {
		HeadquartersDiagram.open(page, dir);
		Path csv = Files.writeString(dir.resolve("kept.csv"), "mine");
		WizardRun.Outcome outcome = WizardRun.exportWith(CSV, Map.of("File:", csv.toString()));
		assertFalse(outcome.finished());
		assertTrue(outcome.error().contains("exists"), outcome.error());
		assertEquals("mine", Files.readString(csv));
	}

	@Test
	void withoutADiagramOpenThereIsNothingToExport() throws Exception {
		WizardRun.Outcome outcome = WizardRun.exportWith(IMAGE, Map.of("File:", dir.resolve("none.png").toString()));
		assertFalse(outcome.finished());
		assertEquals("Open a network in the diagram editor first.", outcome.error());
		assertFalse(Files.exists(dir.resolve("none.png")));
	}
}
