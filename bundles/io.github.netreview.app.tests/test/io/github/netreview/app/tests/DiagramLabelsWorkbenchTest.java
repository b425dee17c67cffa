package io.github.netreview.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.editor.diagram.DiagramEditor;
import io.github.netreview.model.build.NodeSizes;
import io.github.netreview.model.notation.Node;
import io.github.netreview.model.topology.Device;

/** The headquarters' labels as drawn: every name whole, the maker's brand under it, nothing cut or covered. */
class DiagramLabelsWorkbenchTest extends WorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void noLabelTextInTheHeadquartersIsClipped() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		int labels = 0;
		for (Object model : new ArrayList<>(DiagramProbe.viewer(editor).getEditPartRegistry().keySet())) {
			if (!(model instanceof Node node)) {
				continue;
			}
			IFigure figure = ((GraphicalEditPart) DiagramProbe.partOf(editor, node)).getFigure();
			Rectangle client = figure.getClientArea();
			for (Label label : labelsOf(figure)) {
				String where = node.getElement().getName() + ": '" + label.getText() + "'";
				int width = FigureUtilities.getTextExtents(label.getText(), label.getFont()).width;
				assertFalse(label.isTextTruncated(), where + " is cut");
				assertTrue(width <= label.getBounds().width, where + " is " + width + " wide in " + label.getBounds());
				assertTrue(client.contains(label.getBounds()), where + " at " + label.getBounds() + " outside " + client);
				assertFalse(label.getText().contains("…") || label.getText().contains("..."), where);
				if (node.getElement() instanceof Device) {
					assertTrue(label.getBounds().x >= figure.getBounds().x + NodeSizes.TEXT_LEFT, where + " runs under the glyph or badge");
				}
				labels++;
			}
			if (node.getElement() instanceof Device device && node.getChildren().isEmpty()) {
				List<Label> lines = labelsOf(figure);
				String name = String.join("", lines.subList(0, lines.size() - 1).stream().map(Label::getText).toList());
				assertEquals(device.getName(), name, "the name is drawn whole, on one or two lines");
			}
		}
		assertTrue(labels > 80, labels + " labels checked");
		Label font = labelsOf(HeadquartersDiagram.part(editor, "cam-loading-bay-01").getFigure()).get(0);
		System.out.printf("FONT %s, line height %d, 'cam-loading-bay-01' %d px wide (estimated %d)%n", font.getFont().getFontData()[0],
				FigureUtilities.getFontMetrics(font.getFont()).getHeight(),
				FigureUtilities.getTextExtents("cam-loading-bay-01", font.getFont()).width,
				io.github.netreview.model.build.TextWidths.of("cam-loading-bay-01"));
	}

	@Test
	void devicesShowTheirMakersBrandAndTheFullNameInTheTooltip() throws Exception {
		DiagramEditor editor = HeadquartersDiagram.open(page, dir);
		IFigure lobby = HeadquartersDiagram.part(editor, "cam-lobby-02").getFigure();
		List<Label> lines = labelsOf(lobby);
		assertEquals(List.of("cam-lobby-02", "Hikvision"), lines.stream().map(Label::getText).toList());
		String tip = ((Label) lobby.getToolTip()).getText();
		assertTrue(tip.contains("Hangzhou Hikvision Digital Technology Co., Ltd."), tip);
		assertEquals(List.of("cam-loading-", "bay-01", "Dahua"),
				labelsOf(HeadquartersDiagram.part(editor, "cam-loading-bay-01").getFigure()).stream().map(Label::getText).toList());
		assertEquals("Cisco", last(labelsOf(HeadquartersDiagram.part(editor, "core-sw-01").getFigure())));
		assertEquals("Owl", last(labelsOf(HeadquartersDiagram.part(editor, "diode-01").getFigure())));
		assertEquals("HPE", last(labelsOf(HeadquartersDiagram.part(editor, "srv-mon-01").getFigure())));
	}

	/** The visible, non-empty labels directly inside a node's figure (its title, or its name lines and brand). */
	static List<Label> labelsOf(IFigure figure) {
		List<Label> labels = new ArrayList<>();
		for (Object child : figure.getChildren()) {
			if (child instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
				labels.add(label);
			}
		}
		return labels;
	}

	private static String last(List<Label> labels) {
		return labels.get(labels.size() - 1).getText();
	}
}
